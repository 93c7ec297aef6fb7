#!/usr/bin/env bash
# After `pyinstaller build.spec`: pack dist/shop-assistant with its .desktop file and icon into
# dist/shop-assistant-VERSION-linux-x86_64.tar.gz. Unpack anywhere; run ./shop-assistant/install-desktop.sh
# to add the menu entry for the current user.
set -euo pipefail
cd "$(dirname "$0")/../../.."
version=$(python3 -c "import core; print(core.__version__)")
app=dist/shop-assistant
cp resources/packaging/linux/shop-assistant.desktop "$app/"
cp resources/icons/app.png "$app/shop-assistant.png"
cat > "$app/install-desktop.sh" <<'SH'
#!/usr/bin/env bash
# Adds 小店合规助手 to the applications menu of the current user.
set -e
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p ~/.local/share/applications ~/.local/share/icons/hicolor/256x256/apps
cp "$here/shop-assistant.png" ~/.local/share/icons/hicolor/256x256/apps/shop-assistant.png
sed "s|^Exec=.*|Exec=\"$here/shop-assistant\"|" "$here/shop-assistant.desktop" \
  > ~/.local/share/applications/shop-assistant.desktop
echo "已添加到应用菜单 / added to the applications menu"
SH
chmod +x "$app/install-desktop.sh"
tar -C dist -czf "dist/shop-assistant-$version-linux-x86_64.tar.gz" shop-assistant
echo "dist/shop-assistant-$version-linux-x86_64.tar.gz"
