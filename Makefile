# stretchcoach — plain make. `make help` lists the targets.

PROG     = stretchcoach
VERSION  = 0.1.0

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/stretchcoach
MANDIR  ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d
DOCDIR      ?= $(PREFIX)/share/doc/stretchcoach
LOCALEDIR   ?= $(PREFIX)/share/locale
SYSTEMDUSERDIR ?= $(PREFIX)/lib/systemd/user
DESTDIR ?=
INSTALL ?= install
PKG_CONFIG ?= pkg-config

# Build output; give each concurrent build its own (make O=/tmp/x test).
O ?= build

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN     = -Wall -Wextra -Wpedantic -Wshadow -Wformat=2 -Wmissing-prototypes \
           -Wstrict-prototypes -Wwrite-strings -Wpointer-arith -Wundef
ifneq ($(CI),)
WARN    += -Werror
endif

# ncursesw's .pc carries its own feature macros; we set ours once for every file.
CURSES_CFLAGS := $(filter-out -D_XOPEN_SOURCE=% -D_DEFAULT_SOURCE,$(shell $(PKG_CONFIG) --cflags ncursesw 2>/dev/null))
CURSES_LIBS   := $(shell $(PKG_CONFIG) --libs ncursesw 2>/dev/null || echo -lncursesw)
# CURSES_STATIC=yes links curses in from its archives: every start (`list`
# too) then maps and relocates two shared libraries fewer, about a millisecond
# on a VM. The default links it shared, as distributions do, so that a fixed
# curses reaches the program without a rebuild.
CURSES_STATIC ?= no
ifeq ($(CURSES_STATIC),yes)
CURSES_LIBS   := -Wl,-Bstatic $(CURSES_LIBS) -Wl,-Bdynamic
endif
# the program's own link: no library it does not call, a sorted symbol table
PROG_LDFLAGS  := -Wl,-O1 -Wl,--as-needed -Wl,--hash-style=gnu
CJSON_CFLAGS  := $(shell $(PKG_CONFIG) --cflags libcjson 2>/dev/null)
CJSON_LIBS    := $(shell $(PKG_CONFIG) --libs libcjson 2>/dev/null || echo -lcjson)
# libcanberra (the freedesktop sound theme) is optional: without it, or with
# CANBERRA=no, sessions ring the terminal bell instead.
CANBERRA ?= $(shell $(PKG_CONFIG) --exists libcanberra 2>/dev/null && echo yes)
ifeq ($(CANBERRA),yes)
CANBERRA_CFLAGS := -DHAVE_CANBERRA $(shell $(PKG_CONFIG) --cflags libcanberra)
# not linked: the sound player process loads it (dlopen) at a session's first sound
CANBERRA_LIBS   := -ldl
endif
# libXss (the X screensaver extension) is optional: with it, remind reads the
# X idle time on a desktop without systemd-logind; XSS=no leaves it out.
XSS ?= $(shell $(PKG_CONFIG) --exists xscrnsaver x11 2>/dev/null && echo yes)
ifeq ($(XSS),yes)
# not linked: remind loads it (dlopen) at its first look at the X idle time
XSS_CFLAGS := -DHAVE_XSS $(shell $(PKG_CONFIG) --cflags xscrnsaver x11)
LDLIBS     += -ldl
endif
CMOCKA_CFLAGS := $(shell $(PKG_CONFIG) --cflags cmocka 2>/dev/null)
CMOCKA_LIBS   := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null || echo -lcmocka)

ALL_CPPFLAGS = -Iinclude -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=700 \
               -DSC_VERSION='"$(VERSION)"' -DSC_DATADIR='"$(DATADIR)"' \
               -DSC_SRCDIR='"$(CURDIR)"' -DSC_BUILDDIR='"$(abspath $(O))"' -DSC_LOCALEDIR='"$(LOCALEDIR)"' \
               $(CJSON_CFLAGS) $(CPPFLAGS)
ALL_CFLAGS   = -std=c11 $(WARN) $(CFLAGS)

# The core (every other src/*.c) links without curses, so the unit tests do too;
# front-end files are the command line, the commands and the front ends.
FRONT_SRC = src/main.c $(wildcard src/cli*.c src/cmd_*.c src/ui_*.c)
CORE_SRC := $(filter-out $(FRONT_SRC),$(wildcard src/*.c))
# the sound player process is built only with libcanberra
ifneq ($(CANBERRA),yes)
FRONT_SRC := $(filter-out src/ui_sound_player.c,$(FRONT_SRC))
endif
CORE_OBJ  = $(CORE_SRC:src/%.c=$(O)/%.o)
FRONT_OBJ = $(FRONT_SRC:src/%.c=$(O)/%.o)
BIN = $(O)/$(PROG)

# UBSAN=trap (the default): undefined behaviour stops the program at once
# with SIGILL (__builtin_trap), which a test sees as a crash (status 132),
# with no UBSan runtime loaded. That runtime's 6 MB of globals are scanned by
# LeakSanitizer at every exit of every test process: trapping makes each run
# of the test build about 30 ms cheaper (docs/testing.md). UBSAN=report
# names the fault and its line instead (make test UBSAN=report).
UBSAN ?= trap
ifeq ($(filter trap report,$(UBSAN)),)
$(error UBSAN is trap or report, not "$(UBSAN)")
endif
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
ifeq ($(UBSAN),trap)
SANFLAGS += -fsanitize-undefined-trap-on-error
endif
ASAN_O   = $(O)/asan

# Translations: po/LANG.po compiled to $(O)/locale/LANG/LC_MESSAGES/stretchcoach.mo,
# where a binary run from the build tree finds them (paths_locale_dir()).
LINGUAS = $(sort $(patsubst po/%.po,%,$(wildcard po/*.po)))
MO      = $(LINGUAS:%=$(O)/locale/%/LC_MESSAGES/$(PROG).mo)
POT    ?= po/$(PROG).pot
MSGFMT  ?= msgfmt
XGETTEXT ?= xgettext
MSGMERGE ?= msgmerge

UNIT  = $(patsubst tests/unit/%.c,%,$(wildcard tests/unit/test_*.c))
TOOLS = $(patsubst tests/tools/%.c,%,$(wildcard tests/tools/*.c))

.PHONY: all run test check print-sanflags check-deps check-cjson deps bench bench-quick fuzz clean install uninstall help test-build pot po deb
all: check-cjson $(BIN) $(MO)

# Refuse to build against a cJSON without the CVE-2023-26819 fix.
check-cjson: $(O)/cjson_check
	@$(O)/cjson_check >$(O)/cjson_check.out 2>&1 || { cat $(O)/cjson_check.out >&2; exit 1; }

$(O)/%.o: src/%.c | $(O)
	$(CC) $(ALL_CPPFLAGS) $(CURSES_CFLAGS) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

# Only the sound player sees libcanberra.
$(O)/ui_sound.o $(O)/ui_sound_player.o: ALL_CPPFLAGS += $(CANBERRA_CFLAGS)
# Only the idle reader sees libXss.
$(O)/idle.o: ALL_CPPFLAGS += $(XSS_CFLAGS)

$(BIN): $(CORE_OBJ) $(FRONT_OBJ)
	$(CC) $(ALL_CFLAGS) $(PROG_LDFLAGS) $(LDFLAGS) -o $@ $^ $(CURSES_LIBS) $(CJSON_LIBS) $(CANBERRA_LIBS) $(LDLIBS)

$(O)/test_%: tests/unit/test_%.c $(CORE_OBJ) | $(O)
	$(CC) $(ALL_CPPFLAGS) $(CMOCKA_CFLAGS) $(ALL_CFLAGS) -MMD -MP -o $@ $^ \
		$(CMOCKA_LIBS) $(CJSON_LIBS) -lm $(LDLIBS)

# Small programs the shell tests drive (history stress, cJSON check).
$(O)/%: tests/tools/%.c $(CORE_OBJ) | $(O)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -MMD -MP -o $@ $^ $(CJSON_LIBS) $(LDLIBS)

# The e2e tests' screen wait runs hundreds of times a test: built plain and
# optimised, without the sanitizers or the core it does not use.
$(O)/e2e_wait: tests/tools/e2e_wait.c | $(O)
	$(CC) -std=c11 $(WARN) -O2 -o $@ $<

$(O):
	@mkdir -p $@

$(O)/locale/%/LC_MESSAGES/$(PROG).mo: po/%.po
	@mkdir -p $(@D)
	$(MSGFMT) --check -o $@ $<

# The template lists every marked string of src/ by file, without line numbers
# or a creation date, so it changes only when a message does (tests/cli/pot.sh).
pot:
	$(XGETTEXT) --from-code=UTF-8 --language=C --keyword --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
		--keyword=ngettext:1,2 --keyword=bad:2 --flag=bad:2:c-format \
		--keyword=catalogue_json_error:2 --flag=catalogue_json_error:2:c-format \
		--keyword=warn:2 --flag=warn:2:c-format \
		--add-comments=TRANSLATORS: --add-location=file \
		--package-name=$(PROG) --package-version=$(VERSION) \
		--copyright-holder="the stretchcoach authors" -o $(POT).tmp $(sort $(wildcard src/*.c))
	sed -e '/^"POT-Creation-Date: /d' \
	    -e '1s/.*/# Messages of stretchcoach, the stretching coach for the terminal./' $(POT).tmp >$(POT)
	rm -f $(POT).tmp

# Bring every po/LANG.po up to date with the template (new strings come in untranslated).
po: pot
	for l in $(LINGUAS); do $(MSGMERGE) -q --no-wrap --update --backup=none --add-location=file po/$$l.po $(POT) || exit 1; done

-include $(wildcard $(O)/*.d)

# `make run` and `make test` install what is missing first, so on a fresh
# machine these two commands do all the set-up.
deps:
	@sh scripts/deps.sh

check-deps:
	@sh scripts/deps.sh --check || sh scripts/deps.sh

ARGS ?= morning
run: check-deps
	@$(MAKE) --no-print-directory all
	./$(BIN) $(ARGS)

# The whole suite runs against an AddressSanitizer + UBSan build, built on
# every core unless make was given -jN, once at a pinned morning hour
# (TEST_EVENING=23:00 adds the evening; CI runs both, docs/testing.md).
TEST_MAKE_J = $(if $(filter -j%,$(MAKEFLAGS)),,-j$(shell nproc 2>/dev/null || echo 1))
test-build:
	@$(MAKE) --no-print-directory $(TEST_MAKE_J) all
	@# a change of UBSAN (of the sanitizer flags) rebuilds the test build whole
	@mkdir -p $(ASAN_O) && echo '$(SANFLAGS)' | cmp -s - $(ASAN_O)/sanflags || \
		{ rm -f $(ASAN_O)/*.o $(ASAN_O)/$(PROG) $(UNIT:%=$(ASAN_O)/%) && echo '$(SANFLAGS)' >$(ASAN_O)/sanflags; }
	@$(MAKE) --no-print-directory $(TEST_MAKE_J) O=$(ASAN_O) CFLAGS="-O1 -g $(SANFLAGS)" \
		CPPFLAGS="-DSC_TEST_CLOCK $(CPPFLAGS)" LDFLAGS="$(SANFLAGS)" $(ASAN_O)/$(PROG) $(LINGUAS:%=$(ASAN_O)/locale/%/LC_MESSAGES/$(PROG).mo) $(UNIT:%=$(ASAN_O)/%) $(TOOLS:%=$(ASAN_O)/%)

# the sanitizer flags of the test build (tests/cli/sanitizers.sh)
print-sanflags:
	@echo $(SANFLAGS)

test check: check-deps
	@$(MAKE) --no-print-directory test-build
	@sh tests/run.sh $(ASAN_O)

bench: all
	@sh scripts/deps.sh --bench
	@sh tests/bench/run.sh $(BIN)

# About a minute, for CI: fails when the bench itself can no longer measure.
bench-quick: all
	@sh scripts/deps.sh --bench
	@BENCH_QUICK=1 sh tests/bench/run.sh $(BIN)

# The catalogue's translations (docs/translating.md), installed beside it.
CATALOGUE_TR = $(notdir $(wildcard data/catalogue.*.json))

# Everything install puts in place, and so everything uninstall takes away.
INSTALLED = $(BINDIR)/$(PROG) $(DATADIR)/catalogue.json $(CATALOGUE_TR:%=$(DATADIR)/%) \
            $(MANDIR)/man1/$(PROG).1 \
            $(BASHCOMPDIR)/$(PROG) $(ZSHCOMPDIR)/_$(PROG) $(FISHCOMPDIR)/$(PROG).fish \
            $(DOCDIR)/catalogue.md $(DOCDIR)/physio.json $(DOCDIR)/translating.md $(DOCDIR)/integrations.md \
            $(LINGUAS:%=$(LOCALEDIR)/%/LC_MESSAGES/$(PROG).mo) \
            $(SYSTEMDUSERDIR)/$(PROG)-remind.service $(DATADIR)/$(PROG)-remind.desktop

install: all
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR) $(DESTDIR)$(DOCDIR)
	$(INSTALL) -m 755 $(BIN) $(DESTDIR)$(BINDIR)/$(PROG)
	$(INSTALL) -m 644 data/catalogue.json $(DESTDIR)$(DATADIR)/catalogue.json
	for f in $(CATALOGUE_TR); do \
		$(INSTALL) -m 644 data/$$f $(DESTDIR)$(DATADIR)/$$f || exit 1; \
	done
	$(INSTALL) -m 644 doc/$(PROG).1 $(DESTDIR)$(MANDIR)/man1/$(PROG).1
	$(INSTALL) -m 644 completions/$(PROG).bash $(DESTDIR)$(BASHCOMPDIR)/$(PROG)
	$(INSTALL) -m 644 completions/_$(PROG) $(DESTDIR)$(ZSHCOMPDIR)/_$(PROG)
	$(INSTALL) -m 644 completions/$(PROG).fish $(DESTDIR)$(FISHCOMPDIR)/$(PROG).fish
	$(INSTALL) -m 644 docs/catalogue.md $(DESTDIR)$(DOCDIR)/catalogue.md
	$(INSTALL) -m 644 docs/translating.md $(DESTDIR)$(DOCDIR)/translating.md
	$(INSTALL) -m 644 docs/integrations.md $(DESTDIR)$(DOCDIR)/integrations.md
	$(INSTALL) -m 644 docs/examples/physio.json $(DESTDIR)$(DOCDIR)/physio.json
	# remind in the background: a systemd user service and an XDG autostart entry
	$(INSTALL) -d $(DESTDIR)$(SYSTEMDUSERDIR)
	sed 's|@BINDIR@|$(BINDIR)|g' data/$(PROG)-remind.service.in >$(DESTDIR)$(SYSTEMDUSERDIR)/$(PROG)-remind.service
	sed 's|@BINDIR@|$(BINDIR)|g' data/$(PROG)-remind.desktop.in >$(DESTDIR)$(DATADIR)/$(PROG)-remind.desktop
	chmod 644 $(DESTDIR)$(SYSTEMDUSERDIR)/$(PROG)-remind.service $(DESTDIR)$(DATADIR)/$(PROG)-remind.desktop
	for l in $(LINGUAS); do \
		$(INSTALL) -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
		$(INSTALL) -m 644 $(O)/locale/$$l/LC_MESSAGES/$(PROG).mo \
			$(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/$(PROG).mo || exit 1; \
	done

uninstall:
	rm -f $(INSTALLED:%=$(DESTDIR)%)
	-rmdir $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR) 2>/dev/null
	-rmdir $(DESTDIR)$(SYSTEMDUSERDIR) 2>/dev/null

# A Debian package (debian/), built from a copy of the tree under $(O)/deb so
# that dpkg-buildpackage leaves nothing beside or in the source; then lintian.
# The .deb lands in $(O)/deb.
DEB_DIR = $(O)/deb
LINTIAN ?= lintian
deb:
	rm -rf $(DEB_DIR)
	mkdir -p $(DEB_DIR)/src
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
		git ls-files -z --cached --others --exclude-standard | \
			tar --null -T - -cf - | tar -xf - -C $(DEB_DIR)/src; \
	else \
		tar --exclude=./build --exclude=./$(O) -cf - . | tar -xf - -C $(DEB_DIR)/src; \
	fi
	cd $(DEB_DIR)/src && dpkg-buildpackage -us -uc -b
	$(LINTIAN) --fail-on error,warning --info $(DEB_DIR)/$(PROG)_*.changes

# Fuzz each libFuzzer harness for FUZZ_SECONDS, then replay its seed corpus (clang).
FUZZ_SECONDS ?= 60
fuzz: check-deps
	@O=$(O) sh tests/fuzz/run.sh $(FUZZ_SECONDS)

clean:
	rm -rf $(O)

help:
	@echo "make            build $(BIN)"
	@echo "make run        set up if needed, build, and start a morning routine (ARGS=... to change)"
	@echo "make test       set up if needed, run every test under ASan+UBSan"
	@echo "make deps       install build and test dependencies with the system package manager"
	@echo "make bench      measure CPU, output, timekeeping and start-up against targets"
	@echo "make bench-quick  a one-minute bench run that checks the bench still measures"
	@echo "make fuzz       fuzz the catalogue, config and history loaders (FUZZ_SECONDS=60 each)"
	@echo "make pot        refresh po/$(PROG).pot from the marked strings in src/"
	@echo "make po         merge the template into every po/LANG.po"
	@echo "make deb        build a Debian package in $(O)/deb and check it with lintian"
	@echo "make install    install to \$$(DESTDIR)\$$(PREFIX) (PREFIX=$(PREFIX))"
