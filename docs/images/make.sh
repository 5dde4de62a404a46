#!/bin/sh
# Renews the pictures of the status document that README.md and
# docs/report.md show, from the current report of samples/ (whose
# touchbase.json fixes "today", so the picture does not drift):
#
#   docs/images/report.png  the internal document of the troubled sample, app
#
# Needs a headless Chromium (Debian's `chromium`) and the jar that
# `./touchbase` builds. Not part of the build: run it by hand when the report
# changes, look at the picture, and commit it. Usage: docs/images/make.sh
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
browser=${CHROMIUM:-chromium}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$root"
./touchbase report samples --project app --out "$work/report" >/dev/null

# The top of the page: the header with its RAG, the reasons and the findings
# behind them, then Trust. --hide-scrollbars keeps the right edge clean; the sandbox is off
# because CI containers run as root.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --force-device-scale-factor=1 --window-size=1000,1320 \
  --screenshot="$work/report.png" "file://$work/report/app.html" 2>/dev/null

# Fewer colours keep the file small; pngquant is optional.
if command -v pngquant >/dev/null 2>&1; then
  pngquant --force --quality=70-90 --output "$here/report.png" "$work/report.png"
else
  cp "$work/report.png" "$here/report.png"
fi
echo "wrote $here/report.png"
