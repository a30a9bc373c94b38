# Shared by ./build.sh and ./jinzai (sourced, not run): what the build needs from the machine.
# Installs missing Debian packages when running as root, selects a JDK 21+, provides a virtual display.

# SWT on GTK 3, a virtual X server for the UI tests, a font with Japanese glyphs, and pdftotext (poppler-utils),
# with which the UI tests read the PDF the results editor exports; xdotool, with which the product check finds the
# workbench's window and closes it from its menu.
JINZAI_DEB_PACKAGES="xvfb libgtk-3-0 fonts-ipafont-gothic poppler-utils xdotool"
JINZAI_REQUIRED_JAVA=21

jinzai_say() { printf 'jinzai: %s\n' "$*" >&2; }

jinzai_require_packages() {
    local missing="" p
    command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian: the user provides GTK and Xvfb
    for p in $JINZAI_DEB_PACKAGES; do
        dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        jinzai_say "installing Debian packages:$missing"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
            { jinzai_say "could not install:$missing"; return 1; }
    else
        jinzai_say "missing Debian packages:$missing"
        jinzai_say "install them with: sudo apt-get install$missing"
        return 1
    fi
}

# Major Java version of a JDK home, or nothing.
jinzai_java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 |
        sed -n 's/^ *java\.specification\.version = \([0-9][0-9.]*\).*/\1/p' | sed 's/^1\.//; s/\..*//' | head -n 1
}

# Exports JAVA_HOME: the given one if it is a JDK 21+, else the newest JDK 21+ under /usr/lib/jvm.
jinzai_select_jdk() {
    local home major best="" best_major=0
    for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
        [ -n "$home" ] && [ -x "$home/bin/javac" ] || continue
        major=$(jinzai_java_major "$home")
        [ -n "$major" ] && [ "$major" -ge "$JINZAI_REQUIRED_JAVA" ] || continue
        if [ "$home" = "${JAVA_HOME:-}" ]; then best=$home; break; fi
        if [ "$major" -gt "$best_major" ]; then best=$home; best_major=$major; fi
    done
    if [ -z "$best" ]; then
        jinzai_say "a JDK $JINZAI_REQUIRED_JAVA or newer is needed to build (found none in JAVA_HOME or /usr/lib/jvm)."
        jinzai_say "install one (e.g. Eclipse Temurin 21 or 25) and set JAVA_HOME to it."
        return 1
    fi
    export JAVA_HOME=$best
    export PATH="$JAVA_HOME/bin:$PATH"
}

# Runs a command with a display: the current one, or a private Xvfb (no window manager: with one,
# SWT/GTK3 can hang in Shell.open) that is stopped afterwards.
jinzai_with_display() {
    if [ -n "${DISPLAY:-}" ]; then
        "$@"
        return
    fi
    local n=99 xvfb_pid status=0 i
    while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for i in $(seq 1 50); do
        [ -e "/tmp/.X11-unix/X$n" ] && break
        sleep 0.1
    done
    DISPLAY=":$n" "$@" || status=$?
    kill "$xvfb_pid" 2>/dev/null
    wait "$xvfb_pid" 2>/dev/null
    return $status
}
