#!/usr/bin/env bash
# Renders digest.en.html and digest.ko.html of a run over the seed articles (or samples/) in headless
# Chromium and saves docs/digest.en.png and docs/digest.ko.png. Installs Debian's chromium and
# fonts-noto-cjk when missing (without the CJK fonts Korean renders as boxes).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk
fi

inputs=${1:-../shared/corpus/seeds}
[ -d "$inputs" ] || inputs=samples
out=$(mktemp -d)
dotnet run --project src/FactPipeline.Cli -- run "$inputs" --out "$out" --db "$out/digest.db" >/dev/null

for lang in en ko; do
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars --window-size=1200,1600 \
    --screenshot="docs/digest.$lang.png" "file://$out/digest.$lang.html" 2>/dev/null
  rm -rf "$profile"
  echo "wrote docs/digest.$lang.png"
done
rm -rf "$out"
