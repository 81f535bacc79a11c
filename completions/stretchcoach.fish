# fish completion for stretchcoach(1)
#
# Completes commands, options (those of the command on the line), the values
# of --time, --level, --area and --without, and routine and stretch ids read
# from the catalogue in use, honouring a -c/--catalogue FILE already typed.
# Install as $(PREFIX)/share/fish/vendor_completions.d/stretchcoach.fish.

# The words after the program name that are not options or option values:
# the command first, then its operands.
function __stretchcoach_operands
    set -l toks (commandline -opc)
    set -e toks[1]
    set -l skip 0
    for t in $toks
        if test $skip = 1
            set skip 0
            continue
        end
        switch $t
            case -c --catalogue --speed --breath --say --minutes --time --area --level --with --without --seed --save --days --every --routine --snooze --hours
                set skip 1
            case '-*'
            case '*'
                echo $t
        end
    end
end

function __stretchcoach_needs_command
    test (count (__stretchcoach_operands)) -eq 0
end

# True when the command on the line is one of $argv.
function __stretchcoach_using
    set -l ops (__stretchcoach_operands)
    test (count $ops) -ge 1; and contains -- $ops[1] $argv
end

# True when the command is one of $argv and it has no operand yet.
function __stretchcoach_first_operand
    set -l ops (__stretchcoach_operands)
    test (count $ops) -eq 1; and contains -- $ops[1] $argv
end

# Print the ids that `stretchcoach KIND --json` lists, for each KIND in $argv
# (routines, list), from the catalogue named on the line if there is one.
function __stretchcoach_ids
    set -l toks (commandline -opc)
    set -l prog $toks[1]
    set -l file
    set -l n (count $toks)
    for i in (seq 2 $n)
        switch $toks[$i]
            case -c --catalogue
                if test $i -lt $n
                    set file $toks[(math $i + 1)]
                end
            case '--catalogue=*'
                set file (string replace -- --catalogue= '' $toks[$i])
            case '-c?*'
                set file (string sub -s 3 -- $toks[$i])
        end
    end
    set prog (string replace -r -- '^~/' "$HOME/" $prog)
    command -s -- $prog >/dev/null 2>&1; or test -x "$prog"; or set prog stretchcoach
    set -l args
    if test -n "$file"
        set args --catalogue (string replace -r -- '^~/' "$HOME/" $file)
    end
    for kind in $argv
        command $prog $args $kind --json 2>/dev/null </dev/null | string replace -rf -- '^\s*"id":\s*"([a-z0-9-]+)".*' '$1'
    end
end

# The commands and their lines of help, from the program's own table
# (`stretchcoach help --commands`: name, tab, help; fish shows the help).
function __stretchcoach_commands
    set -l prog (commandline -opc)[1]
    set prog (string replace -r -- '^~/' "$HOME/" $prog)
    command -s -- $prog >/dev/null 2>&1; or test -x "$prog"; or set prog stretchcoach
    command $prog help --commands 2>/dev/null </dev/null
end

function __stretchcoach_areas
    printf '%s\n' neck shoulders upper-back mid-back lower-back hips glutes hamstrings core chest wrists calves quads
end

function __stretchcoach_equipment
    printf '%s\n' wall foam-roller towel block ball mat
end

complete -c stretchcoach -f

# Commands
complete -c stretchcoach -n __stretchcoach_needs_command -a '(__stretchcoach_commands)'

# Options for every command
complete -c stretchcoach -s c -l catalogue -r -F -d 'Use FILE as the whole catalogue'
complete -c stretchcoach -l plain -d 'Line-oriented output'
complete -c stretchcoach -l speed -x -d 'Run the clock N times faster (1-1000)'
complete -c stretchcoach -l breath -x -d 'Breathing pace IN:OUT in seconds'
complete -c stretchcoach -l no-checkin -d 'Skip the tension check-in'
complete -c stretchcoach -l no-bell -d 'No terminal bell'
complete -c stretchcoach -l no-color -d 'No colours'
complete -c stretchcoach -l include-hurt -d 'Keep stretches marked hurt lately'
complete -c stretchcoach -l say -x -a '(__fish_complete_command)' -d 'Speak cues through CMD'
complete -c stretchcoach -l no-kneel -d 'Swap kneeling stretches for easier ones'
complete -c stretchcoach -l no-floor -d 'Swap floor stretches for seated or standing ones'
complete -c stretchcoach -s h -l help -d 'Show the help'
complete -c stretchcoach -s V -l version -d 'Show the version'

# Options for some commands
complete -c stretchcoach -n '__stretchcoach_using run build' -l minutes -x -d 'The time you have (1-60)'
complete -c stretchcoach -n '__stretchcoach_using build list' -l time -x -a 'morning evening' -d 'Time of day'
complete -c stretchcoach -n '__stretchcoach_using routines' -l time -x -a 'morning evening any' -d 'Time of day'
complete -c stretchcoach -n '__stretchcoach_using build' -l area -x -a '(__fish_complete_list , __stretchcoach_areas)' -d 'Areas to cover'
complete -c stretchcoach -n '__stretchcoach_using list' -l area -x -a '(__stretchcoach_areas)' -d 'Stretches that work this area'
complete -c stretchcoach -n '__stretchcoach_using build' -l level -x -a 'gentle moderate deep' -d 'The deepest level to use'
complete -c stretchcoach -n '__stretchcoach_using build' -l with -x -a '(__fish_complete_list , __stretchcoach_equipment)' -d 'Equipment you have'
complete -c stretchcoach -n '__stretchcoach_using build' -l without -x -a '(__fish_complete_list , __stretchcoach_equipment)' -d 'Equipment you do not have'
complete -c stretchcoach -n '__stretchcoach_using build' -l at-desk -d 'Seated and standing stretches only'
complete -c stretchcoach -n '__stretchcoach_using build' -l seed -x -d 'Repeat an earlier choice'
complete -c stretchcoach -n '__stretchcoach_using build' -l save -x -d 'Save it under this id'
complete -c stretchcoach -n '__stretchcoach_using build' -l run -d 'Start it at once'
complete -c stretchcoach -n '__stretchcoach_using build' -l what-works -d 'Prefer the routines that eased you most'
complete -c stretchcoach -n '__stretchcoach_using list routines history' -l json -d 'Print JSON'
complete -c stretchcoach -n '__stretchcoach_using history' -l days -x -d 'Days to look back (1-3650)'
complete -c stretchcoach -n '__stretchcoach_using history' -l csv -d 'Print CSV, a row per session'
complete -c stretchcoach -n '__stretchcoach_using status' -l format -x -a 'json waybar i3blocks tmux' -d 'For a status bar'
complete -c stretchcoach -n '__stretchcoach_using sheet' -l html -d 'A web page (the default)'
complete -c stretchcoach -n '__stretchcoach_using sheet' -l pdf -d 'A PDF, printed by Chromium'
complete -c stretchcoach -n '__stretchcoach_using history' -l report -d 'A web page for your physiotherapist'
complete -c stretchcoach -n '__stretchcoach_using sheet history' -s o -l output -r -F -d 'Write to FILE'
complete -c stretchcoach -n '__stretchcoach_using remind' -l every -x -d 'Time between reminders, like 45m'
complete -c stretchcoach -n '__stretchcoach_using remind' -l snooze -x -d 'How long s puts a break off, like 10m'
complete -c stretchcoach -n '__stretchcoach_using remind' -l hours -x -d 'Working hours, like 9-18'
complete -c stretchcoach -n '__stretchcoach_using remind' -l days -x -a 'mon-fri mon-sat sat,sun' -d 'Working days'
complete -c stretchcoach -n '__stretchcoach_using remind' -l routine -x -a '(__stretchcoach_ids routines)' -d 'Routine to offer'

# Operands
complete -c stretchcoach -n '__stretchcoach_first_operand run' -a '(__stretchcoach_ids routines)' -d 'Routine'
complete -c stretchcoach -n '__stretchcoach_first_operand sheet' -a '(__stretchcoach_ids routines)' -d 'Routine'
complete -c stretchcoach -n '__stretchcoach_first_operand show' -a '(__stretchcoach_ids list routines)' -d 'Stretch or routine'
complete -c stretchcoach -n '__stretchcoach_using validate' -F -d 'Catalogue file'
