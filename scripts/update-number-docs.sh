#!/usr/bin/env bash
# Explicitly refreshes the benchmark table in docs/NUMBERS.md. Tests never write to docs/: NumberBenchmarkTests
# leaves number-benchmark-report.md next to the test binaries, and this script splices it between the markers.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet test tests/FactPipeline.Core.Tests -- --filter-class '*NumberBenchmarkTests' >/dev/null
report="tests/FactPipeline.Core.Tests/bin/Debug/net10.0/number-benchmark-report.md"
[ -f "$report" ] || { echo "no report at $report (benchmarks folder missing?)" >&2; exit 1; }
python3 - "$report" docs/NUMBERS.md <<'PY'
import sys, re
report = open(sys.argv[1], encoding="utf-8").read().strip()
doc_path = sys.argv[2]
doc = open(doc_path, encoding="utf-8").read()
new = re.sub(r"(<!-- rates:begin -->\n).*?(<!-- rates:end -->)", lambda m: m.group(1) + report + "\n" + m.group(2), doc, flags=re.S)
open(doc_path, "w", encoding="utf-8").write(new)
PY
echo "docs/NUMBERS.md updated from $report"
