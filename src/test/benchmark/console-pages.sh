#!/usr/bin/env bash
# Times the vendor console's pages over a large data set, as a browser asks for them: logs in through the
# form, then requests the dashboard, the first page of the licensee list, its last page, and a name filter
# (the last three through the table's own ajax requests). Prints the median of RUNS requests of each, and
# fails when an answer lacks the row it must show.
#   console-pages.sh BASE_URL USERNAME PASSWORD LICENSEES LAST_PAGE_EXPECTS FILTER FILTER_EXPECTS   (RUNS=10)
# LICENSEES is how many the vendor has; *_EXPECTS is text that the last page and the filtered page must hold.
set -euo pipefail

BASE="$1" USERNAME="$2" PASSWORD="$3" LICENSEES="$4" LAST_EXPECTS="$5" FILTER="$6" FILTER_EXPECTS="$7"
RUNS="${RUNS:-10}"
JAR="$(mktemp)"
trap 'rm -f "$JAR" "$JAR.body"' EXIT

view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
# A post must carry the page's script nonce as a browser's PrimeFaces does, or it is refused as expired.
nonce() { grep -o "PrimeFaces\.csp\.init('[^']*')" | head -1 | sed "s/.*init('//;s/')\$//"; }
page() { curl -fsS -b "$JAR" -c "$JAR" "$@"; }

login_page="$(page "$BASE/login.xhtml")"
page -o /dev/null --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=$USERNAME" \
    --data-urlencode "loginForm:password=$PASSWORD" --data-urlencode "loginForm:login=" \
    --data-urlencode "jakarta.faces.ViewState=$(view_state <<< "$login_page")" \
    --data-urlencode "primefaces.nonce=$(nonce <<< "$login_page")" "$BASE/login.xhtml"

# Median of RUNS timings (seconds) of one request; the body of the last run is kept for the check.
median_ms() {
    local times=()
    for _ in $(seq 1 "$RUNS"); do
        times+=("$(page -o "$JAR.body" -w '%{time_total}' "$@")")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {printf "%.0f", a[int((NR + 1) / 2)] * 1000}'
}
expect() { grep -q "$1" "$JAR.body" || { echo "console answer lacks '$1'" >&2; exit 1; }; }

table_ajax() {
    local list_state="$1" list_nonce="$2"; shift 2
    median_ms -H 'Faces-Request: partial/ajax' --data-urlencode "jakarta.faces.partial.ajax=true" \
        --data-urlencode "jakarta.faces.source=licenseesForm:licensees" \
        --data-urlencode "jakarta.faces.partial.execute=licenseesForm:licensees" \
        --data-urlencode "jakarta.faces.partial.render=licenseesForm:licensees" \
        --data-urlencode "licenseesForm:licensees_encodeFeature=true" \
        --data-urlencode "licenseesForm=licenseesForm" --data-urlencode "jakarta.faces.ViewState=$list_state" \
        --data-urlencode "primefaces.nonce=$list_nonce" "$@" "$BASE/console/licensee/list.xhtml"
}

dashboard="$(median_ms "$BASE/console/index.xhtml")"; expect 'Active licenses'
first="$(median_ms "$BASE/console/licensee/list.xhtml")"; expect 'licenseesForm:licensees'
list_page="$(page "$BASE/console/licensee/list.xhtml")"
list_state="$(view_state <<< "$list_page")"
list_nonce="$(nonce <<< "$list_page")"
last_first=$(( LICENSEES > 0 ? (LICENSEES - 1) / 20 * 20 : 0 ))
last="$(table_ajax "$list_state" "$list_nonce" --data-urlencode "licenseesForm:licensees_pagination=true" \
    --data-urlencode "licenseesForm:licensees_first=$last_first" --data-urlencode "licenseesForm:licensees_rows=20")"
expect "$LAST_EXPECTS"
filtered="$(table_ajax "$list_state" "$list_nonce" --data-urlencode "licenseesForm:licensees_filtering=true" \
    --data-urlencode "licenseesForm:licensees:name:filter=$FILTER")"
expect "$FILTER_EXPECTS"

cat <<REPORT
console    dashboard ${dashboard} ms   licensee list: first page ${first} ms, page at row ${last_first} ${last} ms, name filter ${filtered} ms   (median of ${RUNS})
REPORT
