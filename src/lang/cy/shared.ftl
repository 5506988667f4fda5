# Geiriau mae’r teclyn cyfan yn eu rhannu: enw’r cynnyrch, y raddfa ateb, y bandiau, dyddiadau a
# geiriad sgoriau. Term yw `-product-name`: mae negeseuon eraill yn ei ysgrifennu fel { -product-name }.

-product-name = Gwiriad Parodrwydd Partneriaeth
product-name = { -product-name }

## Y raddfa ateb (yr opsiynau o dan bob datganiad)

answer-strongly-agree = Cytuno’n gryf
answer-agree = Cytuno
answer-neither = Ddim yn cytuno nac yn anghytuno
answer-disagree = Anghytuno
answer-strongly-disagree = Anghytuno’n gryf
answer-dont-know = Ddim yn gwybod

## Y band mae sgôr ynddo: 75 ac uwch, 50 i 74, o dan 50. Daw’r ffurfiau “in-sentence” ar ôl sgôr
## mewn brawddeg: “Ymddiriedaeth: 56 allan o 100, yn datblygu”. Peidiwch â rhoi “yn” o’u blaen (treiglad).

band-strength = Cryfder
band-developing = Yn datblygu
band-priority = Blaenoriaeth
band-strength-in-sentence = cryfder
band-developing-in-sentence = yn datblygu
band-priority-in-sentence = blaenoriaeth
# Band sy’n seiliedig ar ychydig o atebion: “Cryfder, ar sail 3 ateb o 6”.
band-with-basis = { $band }, ar sail { $scored } ateb o { $total }
# Cryfder gydag un “Anghytuno’n gryf” neu ddau “Anghytuno” y tu ôl iddo.
band-with-disagreement = { $band }, gydag anghytundeb cryf

## Dyddiadau: “23 Tachwedd 2026”. Rhifau yw $day a $year, a $month yw un o enwau’r misoedd isod.

date-long = { $day } { $month } { $year }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

## Sgoriau mewn geiriau (canlyniadau, disgrifiadau siart ar gyfer darllenwyr sgrin, llun, allbrint)

# Maen prawf heb ddigon o atebion i roi sgôr iddo.
score-not-enough = dim digon o atebion
# Atebion “Ddim yn gwybod” maen prawf: “1 o 5 (20%)”.
score-dont-know-share = { $count } o { $total } ({ $percent }%)
# Un maen prawf yn nisgrifiad y siart: “Ymddiriedaeth: 56 allan o 100, yn datblygu”.
score-criterion-sentence = { $criterion }: { $score } allan o 100, { $band }
score-criterion-not-enough = { $criterion }: dim digon o atebion
score-overall-sentence = { $score } allan o 100, { $band }
# Y ffigur cyffredinol gyda’r maen prawf isaf wrth ei ochr: “51 allan o 100, yn datblygu; y sgôr isaf: Datrys gwrthdaro (20)”.
score-overall-with-lowest = { $overall }; y sgôr isaf: { $lowest }
score-lowest = { $criterion } ({ $score })
score-overall-not-enough-first-edition = dim digon o atebion eto
score-overall-not-enough = dim ffigur cyffredinol: mae angen sgôr ar o leiaf { $needed } o’r 6 maen prawf

## Enw hygyrch a disgrifiad y siart radar

chart-title-overall = Siart radar o’r chwe maen prawf, parodrwydd cyffredinol: { $overall } allan o 100
chart-title-no-overall = Siart radar o’r chwe maen prawf, dim ffigur cyffredinol eto
chart-title-no-scores = Siart radar o’r chwe maen prawf, dim sgoriau eto
chart-title-with-previous = { $title }, gyda chanlyniad { $date } y tu ôl iddo
chart-description-with-previous = { $description } Canlyniad { $date }: { $previous }

## Newid ers canlyniad cynharach: “+5”, “−3”

change-up = +{ $points }
change-down = −{ $points }
change-none = dim newid

## Rhestrau o enwau, ar ôl colon: “A, B”, “A, B, C” (dim “a/ac”: byddai “a” yn treiglo’r enw, e.e. “a Chyfathrebu”)

list-two = { $first }, { $last }
list-more = { $rest }, { $last }
list-separator = {", "}
