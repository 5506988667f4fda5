# Sharing a result and comparing partners: the "Share or save this result" panel and the list of
# earlier results (both under the person's own results), a result opened from a shared link, the
# comparison page, the downloadable picture, the CSV file, the problems an imported file can have
# and the printable facilitator's guide page.
#
# Variables named $reason hold the browser's own technical explanation of a failure (usually in
# English, whatever the page's language), put in as it comes.

## Share panel: naming the result and its private link

share-heading = Share or save this result
share-intro = A link, picture or printout holds your six scores, the date and the name you give it below — never your answers. The link works without any server: everything is inside it.
share-label-field = Name this result (optional)
# $max is the most characters a name can have (40).
share-label-hint =
    { $max ->
        [one] Up to { $max } character, for example “Housing team view”. Whoever opens the link sees it.
       *[other] Up to { $max } characters, for example “Housing team view”. Whoever opens the link sees it.
    }
# The label above the read-only field holding the link.
share-link-field = Link to this result
# The title the phone's share sheet offers together with the link.
share-link-share-title = Partnership readiness result

## Copying a link (the share panel and the comparison page)

share-link-copy = Copy link
# Opens the system share sheet (phones, some computers).
share-link-share = Share…
share-link-copied = Link copied. Paste it into an email or message to share it.
# When the page may not use the clipboard (as inside many embedded frames): the link is selected
# for the person to copy themselves.
share-link-copy-by-hand = This page is not allowed to copy for you. The link is selected above: copy it with Ctrl+C (or ⌘C on a Mac).
share-link-sheet-failed = The share sheet could not open ({ $reason }); copy the link instead.

## Share panel: comparing with partners

share-compare-heading = Compare with partners
share-compare-hint = Running a session with partners? Collect everyone’s links and see, on one chart, where you agree and where you see things differently.
share-compare-button = Compare with partners’ results

## Pictures and print (the share panel, a shared result and the comparison page)

share-pictures-heading = Pictures and print
picture-download-svg = Download chart (SVG)
picture-download-png = Download chart (PNG)
picture-print = Print or save as PDF
picture-svg-saved = The chart was saved as an SVG file.
picture-svg-not-saved = The SVG could not be saved: { $reason }.
picture-not-drawn = The chart could not be drawn.
picture-png-saved = The chart was saved as a PNG image.
picture-png-not-saved = The PNG could not be saved: { $reason }.
picture-print-failed = Printing is not available here ({ $reason }). Your browser’s own Print menu works too.

## Share panel: the answers as a file

share-files-heading = Your answers as a file
share-files-hint = Keep a copy of your answers, move them to another browser, or open the scores in a spreadsheet.
share-export-json = Export answers (JSON)
share-export-csv = Export scores (CSV)
share-import-json = Import answers (JSON)…
share-file-not-saved = The file could not be saved: { $reason }.
# Above the list of problems found in a file chosen with "Import answers (JSON)…".
share-import-problems = This file could not be imported, and your answers are unchanged:

## The problems an imported file can have, one sentence each (listed under share-import-problems).
## Words in "straight quotes" are the file's own field names and values: keep them in English.

# $size is in kilobytes.
export-problem-too-large = The file is { $size } KB, far larger than any export from this tool (a few KB).
# $line and $column say where the file stops being readable.
export-problem-not-json = The file is not readable JSON (line { $line }, column { $column }). Choose a file exported with “{ share-export-json }”.
# An export starts with an opening curly bracket, shown between the quotes.
export-problem-not-an-object = The file does not hold an export: it should start with “{ "{" }”.
# $format is the file type's name that every export holds (partnership-readiness-export).
export-problem-not-an-export = This is not a { -product-name } export: it has no “"format": "{ $format }"”.
# $version is the file's version, $latest the newest this build reads.
export-problem-newer-version = The file is export version { $version }, made by a newer version of this tool; this one reads versions 1 to { $latest }.
export-problem-bad-version = The file’s “version” should be a number from 1 to { $latest }.
# $id and $version are what the file names (or export-problem-none); $expected-id is this
# questionnaire's id and $latest its newest edition.
export-problem-other-questionnaire = The file was made with questionnaire { $id } version { $version }, but this tool reads { $expected-id } versions 1 and { $latest }.
# Stands for a value the file does not give.
export-problem-none = (none)
# $value is what the file has (shortened); $allowed the stage ids it may have.
export-problem-bad-stage = The “stage” is { $value }, which is not one of: { $allowed }.
export-problem-bad-label = The “label” should be text.
export-problem-no-answers = The file has no “answers” list.
# $statements is a list of statement ids the questionnaire does not have.
export-problem-unknown-statements = These statements are not in this questionnaire: { $statements }.
# As above, when there are more than ten: $more is how many more, written with thousands
# separators ("1,234"); $count is the same number, for a plural choice.
export-problem-unknown-statements-more = { $count ->
       *[other] These statements are not in this questionnaire: { $statements } and { $more } more.
    }
# $statement is a statement id, $value the file's answer to it (shortened), $allowed the answer
# words a file may use.
export-problem-bad-answer = The answer to { $statement } is { $value }, which is not one of: { $allowed }.
# $reason is the browser's own words, or a browser-… message ("the file could not be read as
# text").
export-problem-unreadable = The file could not be opened ({ $reason }).

## The CSV file ("Export scores (CSV)"): its column headings and the overall row's name. Keep
## the headings short, in one word where you can: spreadsheets and other tools read them.

export-csv-column-date = date
export-csv-column-label = label
export-csv-column-criterion = criterion
export-csv-column-score = score
export-csv-column-band = band
export-csv-column-answered = answered
export-csv-column-statements = statements
export-csv-column-dont-know = dont_know
export-csv-column-role = role
export-csv-overall = Overall

## The downloaded picture of a result (an SVG or PNG image, beside the chart)

# Under the product name when the result has no name. $date is a long date ("23 November 2026").
picture-subheading-unnamed = Result of { $date }
# Under the product name: the name the person gave the result, then the date.
picture-subheading-named = { $label } · { $date }
picture-overall-label = Overall readiness
# One line per criterion: "Trust: 56, developing". $band is a band's in-sentence form.
picture-score-line = { $criterion }: { $score }, { $band }
# Under the chart: $mark is the mark ("*") after the score lines it explains; $criteria a list
# of criteria joined as "A and B".
picture-note-disagreed = { $mark } A strong disagreement among the answers for { $criteria }: the score alone does not show it.
# A criterion where a third or more of the answers were "Don't know".
picture-note-basis = { $mark } { $criterion } rests on { $scored } of { $total } { $total ->
    [one] answer
   *[other] answers
}: the rest were “Don’t know”.

## Earlier results on this device (under the person's results)

# $count is how many results are listed.
history-heading = Your results on this device ({ $count })
# Quotes the "Delete my answers" button at the foot of the page.
history-hint = Each finished assessment is kept here, in this browser only. “{ confirm-delete-open }” removes them too.
# An entry's link text when the result was given a name. $date is a long date.
history-entry-name = { $date } · { $label }
# Follows an entry's link, after a dash.
history-entry-overall = { " — " }overall { $score } / 100
history-entry-no-overall = { " — " }not enough answers for an overall score

## A result opened from a shared link that cannot be read

link-error-heading = This result link cannot be opened
link-error-empty = This link has no result in it. It may have been cut off after the “#” when it was copied.
link-error-too-long = This link is far longer than any result link, so it was not opened.
link-error-garbled = This link contains characters a result link never has. It may have been changed, or mixed up with another link.
link-error-truncated = This link is incomplete: the end of it is missing, probably cut off when it was copied, or split over two lines by an email program. Ask the person who sent it to copy the whole link again, or to send the result as a picture or a file instead.
# The link carries a check code that shows whether it was changed.
link-error-altered = This link does not match its own check code, so part of it has been changed or lost. The scores in it cannot be trusted.
link-error-newer-format = This link was made by a newer version of the { -product-name } than this one, which cannot read it.
link-error-other-questionnaire = This link was made with a different version of the questionnaire, so its scores cannot be shown here.
link-error-impossible = This link holds values that no result can have, so it was not opened.
# Under the reason. Quotes the share panel's "Copy link" button.
link-error-advice = Ask the person who sent it to copy the link again with the “{ share-link-copy }” button on their results page, or send it as a picture or printout instead.

## A shared result (opened from a link; read only)

# The button back to the visitor's own assessment, when this browser holds their answers.
snapshot-leave-own = Go to your own assessment
# The same button, for a visitor who has not started.
snapshot-leave-start = Take the assessment yourself
# Printed at the top of the page only. $date is the result's long date.
snapshot-print-heading = { -product-name } · shared result of { $date }
# Small text above the heading.
snapshot-kicker = Shared result
# The heading, when the person who shared it gave the result no name.
snapshot-title-unnamed = Shared result
snapshot-date = Result of { $date }
snapshot-note = A read-only copy of a result someone shared with you. It came inside the link: nothing was fetched from a server, and nothing about it is saved in this browser.
snapshot-compare = Compare with other results
snapshot-guidance-heading = Guidance for each criterion
# The heading over the picture and print buttons.
snapshot-keep-heading = Keep a copy

## The comparison page: pasting partners' links

# Printed at the top of the page only. $count is the number of responses, $date today's long date.
compare-print-heading =
    { $count ->
        [one] { -product-name } · comparison of { $count } response · { $date }
       *[other] { -product-name } · comparison of { $count } responses · { $date }
    }
compare-heading = Compare partners’ results
compare-intro = Each partner takes the assessment on their own and sends the link from their results page. Paste the links here to see where you agree and where you see the partnership differently. The links are read in this browser: nothing is uploaded or kept.
compare-links-field = Result links, one per line
# $max is the most results one comparison takes (12).
compare-links-hint = Up to { $max } results. Paste them all at once or add them one by one.
compare-add = Add to the comparison
# The button to the visitor's own assessment, when this browser holds their answers.
compare-leave-own = Go to your own assessment
# The same button, for a visitor who has not started.
compare-leave-start = Take the assessment yourself
# Followed by the link compare-guide-link.
compare-guide-lead = Running a session with partners?
compare-guide-link = Read the facilitator’s guide (printable, opens in a new tab)

## The comparison page: links that were not added

compare-rejected-heading = Not added (the others are compared):
# In bold at the start of each problem: where in the pasted list the link was.
compare-rejected-line = Line { $line }
# After compare-rejected-line: the start of what was pasted, then the reason follows.
compare-rejected-excerpt = { " " }(“{ $excerpt }”):{ " " }
# $response is the number of the response already added with the same link.
compare-problem-duplicate = The same link as response { $response }, so it was not added twice.
compare-problem-other-version = This result was made with a different version of the questionnaire, so its scores cannot be set beside these.
compare-problem-too-many = Only { $max } results can be compared at once, so this one was left out.
# After a very long paste. $count is how many lines were not read, $lines the same number with
# thousands separators ("9,988"); $read is how many lines are read (24) and $max how many results
# a comparison takes (12).
compare-unread =
    { $count ->
        [one] And { $lines } more line was not read: only the first { $read } are, since at most { $max } results can be compared.
       *[other] And { $lines } more lines were not read: only the first { $read } are, since at most { $max } results can be compared.
    }
compare-empty = No results to compare yet. Paste at least two partners’ links above.

## The comparison page: the responses compared (the chart's key)

compare-legend-heading =
    { $count ->
        [one] { $count } response compared
       *[other] { $count } responses compared
    }
compare-group-view = Group view: show only the mean and the range
# Shown while there are fewer than three responses.
compare-privacy-few =
    { $count ->
        [one] With only { $count } response, anyone who knows who took part may be able to tell whose scores are whose, even in the group view.
       *[other] With only { $count } responses, anyone who knows who took part may be able to tell whose scores are whose, even in the group view.
    }
compare-privacy-group-view = Group view: individual results are hidden. The chart shows the mean and, as dashed lines, the lowest and highest score for each criterion.
compare-legend-mean = Mean of all responses
compare-legend-range = Lowest and highest
# The name of a response whose sender gave it none. $number is its place in the list.
compare-response-unnamed = Response { $number }
# Each response's name is followed by details, each after this separator: its date, its overall
# score, the stage it gave (if any) and "first edition" (if so).
compare-legend-separator = { " · " }
compare-legend-overall = overall { $score }
compare-legend-no-overall = no overall score
# The stages as they read inside a sentence, in the legend and in compare-stages-differ (the
# questionnaire's stage names, written in running text).
compare-stage-forming = still forming (not yet working together)
compare-stage-first-year = working together for less than a year
compare-stage-one-to-three = working together for one to three years
compare-stage-established = working together for more than three years
# The result was made with the first edition of the questionnaire.
compare-legend-first-edition = first edition
compare-legend-second-edition = second edition
compare-legend-remove = Remove
# The Remove button's name for screen readers. $name is the response's name.
compare-legend-remove-label = Remove { $name }

## The comparison chart's name and description, for screen readers

compare-chart-title =
    { $count ->
        [one] Radar chart comparing { $count } response, with their mean
       *[other] Radar chart comparing { $count } responses, with their mean
    }
# $scores is a list of compare-chart-value and compare-chart-no-value, one per criterion.
compare-chart-mean =
    { $count ->
        [one] Mean of { $count } response: { $scores }.
       *[other] Mean of { $count } responses: { $scores }.
    }
# In the group view: the lowest and highest score of each criterion, as lists like $scores above.
compare-chart-range = Lowest: { $lowest }. Highest: { $highest }.
# One response's scores: its name and a list like $scores above.
compare-chart-response = { $name }: { $scores }.
# "Commitment 60"
compare-chart-value = { $criterion } { $score }
compare-chart-no-value = { $criterion } no score

## The comparison page: the table of scores

compare-table-caption = Where perceptions differ (scores 0 to 100)
compare-table-criterion = Criterion
compare-table-mean = Mean
compare-table-lowest = Lowest
compare-table-highest = Highest
# Highest minus lowest.
compare-table-spread = Spread
# How many of the responses could score the criterion.
compare-table-scored = Scored
# A flag after a criterion's name: most people answered "Don't know" to most of its statements.
compare-table-gap = Knowledge gap
# "3 of 4": responses that could score the criterion, of all responses.
compare-table-scored-count = { $scored } of { $total }

## The comparison page: what to talk about

# In bold, followed by compare-stages-differ.
compare-stages-differ-lead = You placed the partnership at different stages:
# $stages is a list of stages (compare-stage-…), joined as "A and B".
compare-stages-differ = { $stages }. Talk about that first: partners who disagree on how far along they are will read every score differently.
# In bold, followed by compare-editions-differ.
compare-editions-differ-lead = Some results were made with an earlier edition of the questionnaire.
compare-editions-differ = Every edition scores the same six criteria, so they can be set side by side, but some statements behind them differ: compare the broad picture rather than small gaps.
# The facilitator's guide quotes this heading: keep the two the same.
compare-talk-first-heading = Talk about these first
# $points: the spread from which a difference is worth talking about first (20).
compare-talk-first-close = Your views are close: no criterion’s scores are { $points } or more { $points ->
    [one] point
   *[other] points
} apart. Use the guidance for the lowest scores to plan what to do together.
compare-talk-first-intro = Where your scores are furthest apart, partners see the partnership differently. Start the conversation here, with these questions.
compare-talk-first-range = Scores range from { $lowest } to { $highest }.
compare-gaps-heading = Knowledge gaps
compare-gaps-intro = Most of you answered “Don’t know” to most statements here. Before judging these, find out together what is actually happening.
# After a criterion's name in bold: its first discussion question.
compare-gaps-question = : { $question }
compare-disagreed-heading = Strong disagreements
compare-disagreed-intro = At least one of you disagreed strongly with statements here, whatever the mean says. Ask what lies behind it before you plan.
# One line per criterion: responses with one "Strongly disagree" or two "Disagree" answers in it.
compare-disagreed-item = { $criterion }: a strong disagreement in { $count } of { $total } responses
# Responses whose links were made before links carried disagreements.
compare-disagreement-unknown = { $count ->
    [one] { $count } of the { $total } results was made before result links carried disagreements, so it is not counted here.
   *[other] { $count } of the { $total } results were made before result links carried disagreements, so they are not counted here.
}

## The comparison page: sharing it

compare-share-heading = Share this comparison
compare-share-hint = The link holds every result above (scores, dates, names and roles, never answers), so whoever opens it sees this comparison.
compare-link-field = Link to this comparison
# The title the phone's share sheet offers together with the link.
compare-link-share-title = Partnership readiness comparison

## The downloaded picture of a comparison (beside the chart)

# Under the product name. $count is the number of responses, $date today's long date.
picture-comparison-subheading =
    { $count ->
        [one] Comparison of { $count } response · { $date }
       *[other] Comparison of { $count } responses · { $date }
    }
picture-mean-overall-label = Mean overall readiness
# The mean of the responses' overall scores.
picture-mean-overall = { $score } out of 100
# One line per criterion: its mean score and the range of the responses' scores.
compare-summary-range = { $criterion }: mean { $mean }, from { $lowest } to { $highest }
# A criterion only one response could score.
compare-summary-one = { $criterion }: { $score } (one response)
compare-summary-none = { $criterion }: no scores
## Views by role (third edition on): a role's figures only when three or more responses gave it

compare-roles-heading = Views by role
compare-roles-intro = The mean score for each criterion from the people who gave the same role. A role is shown only when three or more people gave it, so that no one’s answers can be picked out.
# $count is how many responses gave the role.
compare-role-count = { $count ->
    [one] { $count } response
   *[other] { $count } responses
}
# One criterion's mean within a role. $score is 0-100.
compare-role-score = { $criterion }: { $score }
# $score is the mean overall figure of the role's responses.
compare-role-overall = Overall { $score }
# A criterion fewer than $min (3) people in the role could score: their figure would be one person's.
compare-role-too-few = { $criterion }: too few scores to show
# The roles fewer than $min (3) people gave, named together ($roles, joined like "A and B"; $count of them).
compare-roles-withheld = Not shown: { $roles }. Fewer than { $min } people gave { $count ->
    [one] this role
   *[other] each of these roles
}, so their answers could be picked out.
# Roles were given, but none by $min (3) or more people.
compare-roles-none-shown = No role was given by { $min } or more people, so there are no views by role: with fewer, their answers could be picked out.
# Some responses gave a role and these did not. $count is how many.
compare-roles-not-given = { $count ->
    [one] { $count } response gave no role.
   *[other] { $count } responses gave no role.
}

## The printable facilitator's guide page (the guide's own words are in guide.ftl)

guide-page-print = Print or save as PDF
guide-page-leave = Go to the assessment
guide-page-print-failed = Printing did not start: { $reason }.
