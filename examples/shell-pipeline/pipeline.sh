#!/usr/bin/env bash
# Parse articles with `onrecord parse` (one JSON record per line) and let jq turn the records
# into tab-separated lines: one per article, then one per claim, and one per input that could
# not be parsed. Runs from any folder; paths are read as given.
#
#   examples/shell-pipeline/pipeline.sh article.txt…
#
# article <TAB> id <TAB> outlet <TAB> published <TAB> claims <TAB> title
# claim   <TAB> id <TAB> speaker <TAB> cue <TAB> content
# error   <TAB> input <TAB> code <TAB> message
#
# Exits with onrecord's status: 1 when an input stood as an error record, 2 for a usage error.
# Run as `sh pipeline.sh`: hand over to bash, which has pipefail.
if [ -z "${BASH_VERSION:-}" ]; then exec bash "$0" "$@"; fi
set -euo pipefail

here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)

# The onrecord on PATH, else the one the workspace installed beside this script.
if command -v onrecord >/dev/null 2>&1; then
  onrecord=onrecord
elif [ -x "$here/node_modules/.bin/onrecord" ]; then
  onrecord=$here/node_modules/.bin/onrecord
else
  echo 'pipeline.sh: onrecord not found; install it (see the getting-started guide) or run pnpm install in the repository' >&2
  exit 127
fi
if ! command -v jq >/dev/null 2>&1; then
  echo 'pipeline.sh: jq not found; install it (apt-get install jq, brew install jq)' >&2
  exit 127
fi
if [ "$#" -eq 0 ]; then
  echo 'usage: pipeline.sh article.txt…' >&2
  exit 2
fi

# Error records and the summary on stderr; the other diagnostics stay in the records.
"$onrecord" parse --min-severity error "$@" | jq -r '
  if has("error") then
    ["error", (.source.name // "-"), .error.code, .error.message] | @tsv
  else
    . as $article
    | (["article", .id, (.outlet.name // "-"), (.published.value // "-"), (.claims | length), (.title.text // "-")] | @tsv),
      (.claims[]
        | . as $claim
        | ($article.speakers | map(select(.id == $claim.speaker)) | first | .name // "-") as $speaker
        | ["claim", $article.id, $speaker, (.cue.lemma // "-"), .content.text] | @tsv)
  end
'
