# Sourced by run.sh and test.sh: installs, with apt, the Debian 12 packages
# Custody needs to build, test and run, and only those that are missing.
custody_packages=(
    cmake g++ ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
    qtkeychain-qt6-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    zlib1g-dev libgtest-dev libcpp-httplib-dev
    dbus gnome-keyring libsecret-1-0 libsecret-tools
    xvfb xauth curl
    # the packaging test: dpkg-shlibdeps, desktop-file-validate, appstreamcli
    dpkg-dev desktop-file-utils appstream
)

custody_install_deps() {
    local missing=()
    local pkg
    for pkg in "${custody_packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}
