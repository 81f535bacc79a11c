#!/bin/sh
# i18n.sh — the curses screens of an installed tree in German, Spanish and
# French at 80x24: the main menu, a routine menu, get ready, a hold, switch
# sides, the help, pause and quit boxes, the summary, the check-in and the
# safety page. Each phrase is looked for whole, so a cut or a line run over is
# a FAIL.
NAME=i18n
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/../locale.sh"

if ! locales_ready "$tmp/locales"; then
	fail "de_DE.UTF-8, es_ES.UTF-8 and fr_FR.UTF-8 can be made with localedef"
	finish
fi
prefix=$tmp/prefix
if ! make -s -C "$(dirname "$0")/../.." install PREFIX="$prefix" >"$tmp/make.log" 2>&1; then
	fail "make install PREFIX=$prefix"
	cat "$tmp/make.log"
	finish
fi
SC_BIN=$prefix/bin/stretchcoach

# screens LOCALE PHRASES...: the phrases as shell words, in the order the walk meets them
walk() {
	loc=$1 menu=$2 morning=$3 build=$4 safety=$5 keybar=$6 count=$7 ready=$8 left=$9
	shift 9
	breath=$1 switch=$2 help=$3 paused=$4 quitq=$5 summary=$6 labels=$7 checkin=$8
	E2E_ENV="LC_ALL=$loc${LOCPATH:+ LOCPATH=$LOCPATH}"

	start 80 24 --no-checkin -c "$E2E_CAT"
	check "$loc: main menu" wait_for "$menu" 5
	check "$loc: the highlighted entry's description, whole" on_screen "$morning"
	check "$loc: main menu entries" sh -c "tmux -L '$E2E_SOCK' capture-pane -p | grep -q '$build' &&
	    tmux -L '$E2E_SOCK' capture-pane -p | grep -q '$safety'"
	check "$loc: the menu's key bar" on_screen "$keybar"
	keys 1
	check "$loc: a routine menu with its counts" wait_for "$count" 5
	keys q
	wait_for "$build" 5
	keys q
	wait_rc 5 >/dev/null

	start 80 24 --no-checkin --speed 5 -c "$E2E_CAT" run e2e-flow
	check "$loc: get ready" wait_for "$ready" 5
	check "$loc: the hold's breath" wait_for "$breath" 6
	check "$loc: the left side" wait_for "$left" 8
	check "$loc: switch sides" wait_for "$switch" 6
	keys '?'
	check "$loc: the help box" wait_for "$help" 5
	keys Escape
	keys ' '
	check "$loc: paused" wait_for "$paused" 5
	keys ' '
	keys q
	check "$loc: the quit box" wait_for "$quitq" 5
	keys y
	check "$loc: the summary" wait_for "$summary" 5
	check "$loc: the summary's labels" on_screen "$labels"
	keys q
	wait_rc 5 >/dev/null

	start 80 24 -c "$E2E_CAT" run e2e-flow
	check "$loc: the check-in" wait_for "$checkin" 5
	keys q
	wait_rc 5 >/dev/null
}

walk de_DE.UTF-8 'Morgenroutinen' \
    '(Sanfte Routinen, die den Rücken nach der Nacht aufwecken|Ruhige Routinen mit langen Haltezeiten, um die Verspannung)' \
    'Routine zusammenstellen' 'Sicherheitshinweise' 'Enter wählen' '3 min +2 Dehnungen' \
    'Bereit machen: Test Short' 'Test Hold +Linke Seite' '(Einatmen|Ausatmen)' 'Seitenwechsel' \
    'zur nächsten Dehnung springen' 'Angehalten. Drück die Leertaste, um weiterzumachen.' \
    'Diese Einheit jetzt beenden\?' 'Einheit vorzeitig beendet' 'Abgebrochen +Test Hold' \
    'Wie fühlt sich dein Rücken gerade an\?'
walk es_ES.UTF-8 'Rutinas de mañana' \
    '(Rutinas suaves para despertar la espalda después de la noche|Rutinas más lentas, con posturas más largas, para soltar la tensión del día)' \
    'Componer una rutina' 'Notas de seguridad' 'Enter elegir' '3 min +2 estiramientos' \
    'Prepárate: Test Short' 'Test Hold +Lado izquierdo' '(Inhala|Exhala)' 'Cambio de lado' \
    'pasar al siguiente estiramiento' 'En pausa. Pulsa espacio para seguir.' \
    '¿Terminar la sesión ahora\?' 'Sesión terminada antes de tiempo' 'Parado en +Test Hold' \
    '¿Cómo notas la espalda ahora mismo\?'
# French sets a no-break space before : and ?
nb=$(printf '\302\240')
walk fr_FR.UTF-8 'Routines du matin' \
    '(Des routines douces pour réveiller le dos après une nuit de sommeil|Des routines plus lentes, aux maintiens plus longs, pour relâcher les)' \
    'Composer une routine' 'Consignes de sécurité' 'Entrée choisir' '3 min +2 étirements' \
    "Prépare-toi$nb: Test Short" 'Test Hold +Côté gauche' '(Inspire|Expire)' 'Autre côté' \
    "passer à l'étirement suivant" 'En pause. Appuie sur espace pour reprendre.' \
    "Arrêter cette séance maintenant$nb\\?" 'Séance interrompue' 'Arrêté en cours +Test Hold' \
    "Comment va ton dos en ce moment$nb\\?"

# German labels are wider than English ones: the summary pads them to the
# widest, and the help names the suspend key as German keyboards label it
E2E_ENV="LC_ALL=de_DE.UTF-8${LOCPATH:+ LOCPATH=$LOCPATH}"
start 80 24 --no-checkin --speed 5 -c "$E2E_CAT" run e2e-flow
wait_for 'Bereit machen' 5
keys '?'
check "de_DE.UTF-8: the help says Strg-Z" wait_for 'Strg-Z +kurz weg' 5
keys Escape
keys n
wait_for 'Übersprungen|Test Hold' 5
keys q
wait_for 'Diese Einheit jetzt beenden' 5
check "de_DE.UTF-8: the quit box offers j for ja" on_screen 'j beenden +n weitermachen'
keys j
check "de_DE.UTF-8: j ends the session" wait_for 'Einheit vorzeitig beendet' 5
check "de_DE.UTF-8: two spaces between Übersprungen and its value" on_screen '^ Übersprungen {2,}[^ ]'
keys q
wait_rc 5 >/dev/null

# 50x15: a long German name gives way to the counter, cut with …, never under it
start 50 15 --no-checkin --speed 5 run morning-quick
check "de_DE.UTF-8 50x15: the counter whole beside the cut name" \
    wait_for '^ Hüftkreis[^ ]*…  Wiederholung 1 von [0-9]+ · Satz 1 von 2$' 8
keys q
wait_for 'Diese Einheit jetzt beenden' 5
keys j
wait_for 'Einheit vorzeitig beendet' 5
keys q
wait_rc 5 >/dev/null

# 50x15 in Spanish: a breath cue longer than its row ends with …, never mid-word
E2E_ENV="LC_ALL=es_ES.UTF-8${LOCPATH:+ LOCPATH=$LOCPATH}"
start 50 15 --no-checkin --speed 5 run morning-quick
check "es_ES.UTF-8 50x15: a long breath cue is cut with …" wait_for '^ *Inhala\. Lleva la cadera .*…$' 8
keys q
wait_for '¿Terminar la sesión ahora' 5
keys s
check "es_ES.UTF-8: s (sí) ends the session" wait_for 'Sesión terminada antes de tiempo' 5
keys q
wait_rc 5 >/dev/null

# French: o (oui) quits; at 50x15 the session's key bar drops what does not
# fit whole (the ? box lists it), never a key without its word
E2E_ENV="LC_ALL=fr_FR.UTF-8${LOCPATH:+ LOCPATH=$LOCPATH}"
start 50 15 --no-checkin --speed 5 run morning-quick
check "fr_FR.UTF-8 50x15: the key bar keeps pause, help and quit" \
    wait_for '^ espace pause  .*\? aide  q quitter$' 8
check "fr_FR.UTF-8 50x15: no key on the bar without its word" off_screen '^ espace pause.*  [a-z+?]  '
keys q
wait_for "Arrêter cette séance maintenant" 5
check "fr_FR.UTF-8: the quit box offers o for oui" on_screen 'o quitter +n continuer'
keys o
check "fr_FR.UTF-8: o ends the session" wait_for 'Séance interrompue' 5
keys q
wait_rc 5 >/dev/null
# ... and My routines asks to delete with the same yes key
start 80 24 --no-checkin
wait_for 'Routines du matin' 5
keys 4
wait_for 'Enter lancer' 5
keys s
wait_for '^ Nom' 5
keys 'Mon essai' Enter
wait_for 'enregistrée' 5
keys m
wait_for '^ Mes routines' 5
keys d
check "fr_FR.UTF-8: My routines asks o (oui) or n before deleting" wait_for 'o supprimer +n garder' 5
keys o
check "fr_FR.UTF-8: o deletes it" wait_for 'Mon essai.{1,2}» supprimée' 5
keys q
wait_for 'Composer une routine' 5
keys q
wait_for 'Routines du matin' 5
keys q
wait_rc 5 >/dev/null

# LANG=C: the same binary in English
E2E_ENV="LANG=C"
start 80 24 --no-checkin -c "$E2E_CAT"
check "LANG=C: the main menu is English" wait_for 'Morning routines' 5
finish
