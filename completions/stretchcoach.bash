# bash completion for stretchcoach(1)                     -*- shell-script -*-
#
# Completes commands, options (those of the command on the line), the values
# of --time, --level, --area and --without, and routine and stretch ids read
# from the catalogue in use, honouring a -c/--catalogue FILE already typed.
# Install as $(PREFIX)/share/bash-completion/completions/stretchcoach.

_stretchcoach_global='-c --catalogue --plain --speed --breath --no-checkin
--no-bell --no-color --say --no-kneel --no-floor --include-hurt -h --help -V --version'
_stretchcoach_areas='neck shoulders upper-back mid-back lower-back hips glutes
hamstrings core chest wrists calves quads'
_stretchcoach_equipment='wall foam-roller towel block ball mat'

# Options whose value is the next word.
_stretchcoach_takes_value()
{
	case $1 in
	-c|--catalogue|--speed|--breath|--say|--minutes|--time|--area|--level|\
	--with|--without|--seed|--save|--days|--every|--routine|--snooze|--hours|\
	--format|-o|--output)
		return 0 ;;
	esac
	return 1
}

# The options of one command, besides the global ones.
_stretchcoach_command_options()
{
	case $1 in
	run)      echo --minutes ;;
	build)    echo --minutes --time --area --level --with --without --at-desk --seed --save --run \
	              --what-works ;;
	list)     echo --area --time --json ;;
	routines) echo --time --json ;;
	history)  echo --days --json --csv --report -o --output ;;
	status)   echo --format ;;
	sheet)    echo --html --pdf -o --output ;;
	remind)   echo --every --routine --snooze --hours --days ;;
	esac
}

# The commands, from the program's own table (`stretchcoach help --commands`:
# a name and a tab and its line of help, each a line). Silent on any error.
_stretchcoach_commands()
{
	local prog=${COMP_WORDS[0]}

	[[ $prog == "~/"* ]] && prog=$HOME/${prog#"~/"}
	type -P -- "$prog" >/dev/null 2>&1 || prog=stretchcoach
	"$prog" help --commands 2>/dev/null </dev/null | cut -f1
}

# Print the ids that `stretchcoach KIND --json` lists (KIND: routines or list),
# from the catalogue named on the line if there is one. Silent on any error.
_stretchcoach_ids()
{
	local prog=${COMP_WORDS[0]} cat= w i
	local -a args=()

	[[ $prog == "~/"* ]] && prog=$HOME/${prog#"~/"}
	type -P -- "$prog" >/dev/null 2>&1 || prog=stretchcoach
	for ((i = 1; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		case $w in
		-c|--catalogue)
			if [[ ${COMP_WORDS[i+1]} == = ]]; then
				cat=${COMP_WORDS[i+2]}
			else
				cat=${COMP_WORDS[i+1]}
			fi ;;
		--catalogue=*) cat=${w#--catalogue=} ;;
		-c?*) cat=${w#-c} ;;
		esac
	done
	[[ $cat == "~/"* ]] && cat=$HOME/${cat#"~/"}
	[[ -n $cat ]] && args=(--catalogue "$cat")
	"$prog" "${args[@]}" "$1" --json 2>/dev/null </dev/null |
		sed -n 's/^[[:space:]]*"id":[[:space:]]*"\([a-z0-9-]*\)".*/\1/p'
}

# COMPREPLY for a comma-separated list: complete the part after the last comma.
_stretchcoach_list_reply()
{
	local list=$1 cur=$2 head=

	[[ $cur == *,* ]] && head=${cur%,*},
	COMPREPLY=($(compgen -P "$head" -W "$list" -- "${cur##*,}"))
}

# COMPREPLY: file names (one a line, so spaces in them survive).
_stretchcoach_files()
{
	local IFS=$'\n'

	compopt -o filenames 2>/dev/null
	COMPREPLY=($(compgen -f -- "$1"))
}

_stretchcoach()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev= cmd= nargs=0 i w skip=0

	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD-1]}
	# bash splits --opt=value at the '='
	if [[ $cur == = ]]; then
		cur=
	elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
		prev=${COMP_WORDS[COMP_CWORD-2]}
	elif [[ $cur == --*=* ]]; then
		prev=${cur%%=*}
		cur=${cur#*=}
	else
		_stretchcoach_takes_value "$prev" || prev=
	fi

	# The command, and how many operands follow it before the cursor.
	for ((i = 1; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		if ((skip)); then
			skip=0
			[[ $w == = ]] && skip=1
			continue
		fi
		case $w in
		=) ;;
		--*=*|-c?*) ;;
		-*) _stretchcoach_takes_value "$w" && skip=1 ;;
		*) if [[ -z $cmd ]]; then cmd=$w; else ((nargs++)); fi ;;
		esac
	done

	case $prev in
	-c|--catalogue)
		_stretchcoach_files "$cur"
		return ;;
	--time)
		if [[ $cmd == routines ]]; then
			COMPREPLY=($(compgen -W 'morning evening any' -- "$cur"))
		else
			COMPREPLY=($(compgen -W 'morning evening' -- "$cur"))
		fi
		return ;;
	--level)
		COMPREPLY=($(compgen -W 'gentle moderate deep' -- "$cur"))
		return ;;
	--area)
		if [[ $cmd == list ]]; then
			COMPREPLY=($(compgen -W "$_stretchcoach_areas" -- "$cur"))
		else
			_stretchcoach_list_reply "$_stretchcoach_areas" "$cur"
		fi
		return ;;
	--with|--without)
		_stretchcoach_list_reply "$_stretchcoach_equipment" "$cur"
		return ;;
	--routine)
		COMPREPLY=($(compgen -W "$(_stretchcoach_ids routines)" -- "$cur"))
		return ;;
	--say)
		COMPREPLY=($(compgen -c -- "$cur"))
		return ;;
	--format)
		COMPREPLY=($(compgen -W 'json waybar i3blocks tmux' -- "$cur"))
		return ;;
	-o|--output)
		_stretchcoach_files "$cur"
		return ;;
	--speed|--breath|--minutes|--seed|--save|--days|--every|--snooze|--hours)
		COMPREPLY=()
		return ;;
	esac

	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$_stretchcoach_global $(_stretchcoach_command_options "$cmd")" -- "$cur"))
		return
	fi
	case $cmd in
	'')
		COMPREPLY=($(compgen -W "$(_stretchcoach_commands)" -- "$cur")) ;;
	run|sheet)
		((nargs == 0)) && COMPREPLY=($(compgen -W "$(_stretchcoach_ids routines)" -- "$cur")) ;;
	show)
		((nargs == 0)) && COMPREPLY=($(compgen -W "$(_stretchcoach_ids list; _stretchcoach_ids routines)" -- "$cur")) ;;
	validate)
		_stretchcoach_files "$cur" ;;
	programme)
		if ((nargs == 0)); then
			COMPREPLY=($(compgen -W 'start status stop calendar' -- "$cur"))
		elif ((nargs == 1)) && [[ ${COMP_WORDS[COMP_CWORD-1]} == start || ${COMP_WORDS[COMP_CWORD-1]} == calendar ]]; then
			COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" programme 2>/dev/null </dev/null |
			    sed -n 's/^\([a-z0-9-]*\)  .*/\1/p')" -- "$cur"))
		fi ;;
	*)
		COMPREPLY=() ;;
	esac
}

complete -F _stretchcoach stretchcoach
