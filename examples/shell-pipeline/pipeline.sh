#!/bin/sh
# Parse articles with `onrecord parse` (one JSON record per line) and let jq turn the records
# into tab-separated lines: one per article, then one per claim.
#
#   sh pipeline.sh article.txt…
#
# article <TAB> id <TAB> outlet <TAB> published <TAB> claims <TAB> title
# claim   <TAB> id <TAB> speaker <TAB> cue <TAB> content
set -eu
cd "$(dirname "$0")"

onrecord parse "$@" | jq -r '
  . as $article
  | (["article", .id, (.outlet.name // "-"), (.published.value // "-"), (.claims | length), (.title.text // "-")] | @tsv),
    (.claims[]
      | . as $claim
      | ($article.speakers | map(select(.id == $claim.speaker)) | first | .name // "-") as $speaker
      | ["claim", $article.id, $speaker, (.cue.lemma // "-"), .content.text] | @tsv)
'
