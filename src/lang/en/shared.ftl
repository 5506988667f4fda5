# Words the whole widget shares: the product's name, the answer scale, the bands, dates and the
# wording of scores. `-product-name` is a term: other messages write it with { -product-name }.

-product-name = Partnership Readiness Check
product-name = { -product-name }

## The answer scale (the options under every statement)

answer-strongly-agree = Strongly agree
answer-agree = Agree
answer-neither = Neither agree nor disagree
answer-disagree = Disagree
answer-strongly-disagree = Strongly disagree
answer-dont-know = Don't know

## The bands a score falls in: 75 and above, 50 to 74, below 50. The "in-sentence" forms follow a
## score inside a sentence: "Trust: 56 out of 100, developing".

band-strength = Strength
band-developing = Developing
band-priority = Priority
band-strength-in-sentence = strength
band-developing-in-sentence = developing
band-priority-in-sentence = priority
# A band resting on few answers: "Strength, from 3 of 6 answers".
band-with-basis = { $band }, from { $scored } of { $total } { $total ->
    [one] answer
   *[other] answers
}
# A Strength with a "Strongly disagree" or two "Disagree" answers behind it.
band-with-disagreement = { $band }, with a strong disagreement

## Dates: "23 November 2026". $day and $year are numbers, $month one of the month names below.

date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Scores in words (results, chart descriptions for screen readers, picture, printout)

# A criterion with too few answers to score.
score-not-enough = not enough answers
# The "Don't know" answers of a criterion: "1 of 5 (20%)".
score-dont-know-share = { $count } of { $total } ({ $percent }%)
# One criterion in the chart's description: "Trust: 56 out of 100, developing".
score-criterion-sentence = { $criterion }: { $score } out of 100, { $band }
score-criterion-not-enough = { $criterion }: not enough answers
score-overall-sentence = { $score } out of 100, { $band }
# The overall figure with the lowest criterion beside it: "51 out of 100, developing; lowest: Conflict resolution (20)".
score-overall-with-lowest = { $overall }; lowest: { $lowest }
score-lowest = { $criterion } ({ $score })
score-overall-not-enough-first-edition = not enough answers yet
score-overall-not-enough = no overall figure: it needs at least { $needed } of the 6 criteria scored

## The radar chart's accessible name and description

chart-title-overall = Radar chart of the six criteria, overall readiness { $overall } out of 100
chart-title-no-overall = Radar chart of the six criteria, no overall figure yet
chart-title-no-scores = Radar chart of the six criteria, no scores yet
chart-title-with-previous = { $title }, with the result of { $date } behind it
chart-description-with-previous = { $description } Result of { $date }: { $previous }

## Change since an earlier result: "+5", "−3"

change-up = +{ $points }
change-down = −{ $points }
change-none = no change

## Lists of names: "A and B", "A, B and C"

list-two = { $first } and { $last }
list-more = { $rest } and { $last }
list-separator = {", "}
