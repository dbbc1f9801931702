#!/usr/bin/env bash
# A user's first build with an installed kg: text, HTML, JSONL and gzip inputs, then the named queries.
# usage: .ci/smoke.sh VENV_BIN_DIR WORKDIR
set -euo pipefail
BIN=$1; W=$2
rm -rf "$W"; mkdir -p "$W/in"
printf 'Phó Vụ trưởng Vụ Địa phương 2, Ban Tổ chức Trung ương Nguyễn Ngọc Dũng phát biểu.\n' > "$W/in/a.txt"
printf '<html><head><title>Tin</title></head><body><article><p>Chủ tịch UBND tỉnh Bình Sơn Nguyễn Văn Toàn dự họp với Sở Y tế.</p></article></body></html>\n' > "$W/in/b.html"
printf '{"id": "c", "text": "Bộ trưởng Bộ Tài chính Hồ Đức Phớc phát biểu."}\n' > "$W/c.jsonl"
printf '{"id": "d", "text": "Bí thư Tỉnh ủy Bình Sơn Phạm Văn Long phát biểu."}\n' | gzip > "$W/d.jsonl.gz"
"$BIN/kg" build "$W/in" "$W/c.jsonl" "$W/d.jsonl.gz" -s "$W/store" --no-progress
for q in holdings persons organizations org-tree; do "$BIN/kg" query $q -s "$W/store" -f csv > "$W/$q.csv"; done
"$BIN/kg" query people-of-org -p "org=Ban Tổ chức Trung ương" -s "$W/store" -f csv > "$W/people.csv"
grep -q "Nguyễn Văn Toàn" "$W/holdings.csv"   # the HTML page was read
grep -q "Hồ Đức Phớc" "$W/holdings.csv"       # the JSONL record
grep -q "Phạm Văn Long" "$W/holdings.csv"     # the gzip record
grep -q "Nguyễn Ngọc Dũng" "$W/people.csv"    # the text file, through the hierarchy
echo "smoke: text, HTML, JSONL and gzip inputs built and queried with $($BIN/kg --version)"
