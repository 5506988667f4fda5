# Sgriniau’r holiadur: y dudalen groeso, y llinell gynnydd, y llywio rhwng adrannau, yr
# adrannau a’u datganiadau, a’r canlyniadau.

## Y dudalen groeso

welcome-heading = Pa mor barod yw eich partneriaeth?
# Rhes 6: roedd “yn eu cael yn iawn” yn cyfieithu “get right” air am air.
welcome-lead = Atebwch { $count ->
    [zero] { $count } datganiad byr
    [one] { $count } datganiad byr
    [two] { $count } ddatganiad byr
    [few] { $count } datganiad byr
    [many] { $count } datganiad byr
   *[other] { $count } datganiad byr
} am bartneriaeth rydych chi’n rhan ohoni. Byddwch chi’n gweld ble mae hi’n gryf, ble mae hi mewn perygl, a beth i’w wneud nesaf, ar draws y chwe pheth sy’n helpu partneriaeth i lwyddo.
welcome-criteria-label = Y chwe maen prawf
# $minutes: nifer datganiadau’r argraffiad × 10 eiliad, wedi’i dalgrynnu i’r funud agosaf.
# Enw unigol ar ôl rhif; treiglad meddal ar ôl 2 (2 funud); dim treiglad i “m” ar ôl 3 a 6.
welcome-fact-time = { $minutes ->
    [zero] Tua { $minutes } munud.
    [one] Tua { $minutes } munud.
    [two] Tua { $minutes } funud.
    [few] Tua { $minutes } munud.
    [many] Tua { $minutes } munud.
   *[other] Tua { $minutes } munud.
}
# $fewest a $most: y nifer lleiaf a mwyaf o ddatganiadau mewn adran (trydydd argraffiad: 6 a 7).
welcome-fact-time-detail = Adrannau byr o { $fewest } i { $most ->
    [zero] { $most } datganiad
    [one] { $most } datganiad
    [two] { $most } ddatganiad
    [few] { $most } datganiad
    [many] { $most } datganiad
   *[other] { $most } datganiad
}. Gallwch chi hepgor unrhyw ddatganiad na allwch chi ei ateb.
welcome-fact-anonymous = Dienw.
welcome-fact-anonymous-detail = Dim enwau, dim cyfrifon, dim cwcis.
welcome-fact-device = Yn aros ar y ddyfais hon.
welcome-fact-device-detail = Mae eich atebion yn cael eu cadw yn y porwr hwn wrth i chi fynd, felly gallwch chi adael a dod yn ôl. Nid oes dim yn cael ei anfon i unman.
welcome-fact-delete = Gallwch chi ddileu’r cyfan.
# Yn dyfynnu’r botwm ar waelod pob tudalen (confirm-delete-open yn notices.ftl).
welcome-fact-delete-detail = Mae “{ confirm-delete-open }” ar waelod pob tudalen yn dileu popeth mae’r offeryn hwn wedi’i gadw.
welcome-stage-question = Pa mor bell mae’r bartneriaeth wedi dod?
welcome-stage-hint = Gallwch chi ateb pob datganiad ar bob cyfnod, ac mae rhai’n dweud pryd mai “Ddim yn gwybod” yw’r ateb gonest. Mae eich ateb yma’n helpu i ddeall y canlyniad, ac mae’n mynd gydag unrhyw ganlyniad rydych chi’n ei rannu.
welcome-role-question = Beth yw eich rôl yn y bartneriaeth? (dewisol)
welcome-role-hint = Mae’n newid geiriad y camau gweithredu a awgrymir, ac mae’n mynd gydag unrhyw ganlyniad rydych chi’n ei rannu. Mewn cymhariaeth, dim ond pan fydd tri pherson neu fwy wedi dewis yr un rôl y bydd safbwyntiau yn ôl rôl yn cael eu dangos.
role-lead = Arweinydd neu gydlynydd y bartneriaeth
role-senior-leader = Uwch arweinydd mewn sefydliad partner
role-manager = Rheolwr mewn sefydliad partner
role-frontline = Staff rheng flaen
role-board = Aelod o’r bwrdd neu ymddiriedolwr
role-community = Cynrychiolydd cymunedol
role-not-given = Heb ei nodi
welcome-resume-note = Rydych chi wedi ateb { $answered } o’r { $total ->
    [zero] { $total } datganiad
    [one] { $total } datganiad
    [two] { $total } ddatganiad
    [few] { $total } datganiad
    [many] { $total } datganiad
   *[other] { $total } datganiad
} hyd yma.
welcome-continue = Parhau â’r asesiad
welcome-results-so-far = Gweld y canlyniadau hyd yma
welcome-start = Dechrau’r asesiad

## Y llinell gynnydd ar y brig: “Adran 2 o 6 · 14 o 40 wedi’u hateb”

progress-section = Adran { $number } o { $sections }
progress-results = Canlyniadau
progress-welcome = Croeso
# $place yw un o’r tair neges uchod.
progress-text = { $place } · { $answered } o { $total } { $answered ->
    [one] wedi’i ateb
   *[other] wedi’u hateb
}

## Y llywio rhwng adrannau (rhestr wedi’i rhifo o’r chwe adran, ac yna’r canlyniadau)

nav-label = Adrannau
# Mae darllenwyr sgrin yn darllen hyn ar ôl enw pob adran.
nav-answered = { $answered } o { $total } { $answered ->
    [one] wedi’i ateb
   *[other] wedi’u hateb
}
nav-results = Canlyniadau

## Adran o ddatganiadau (mae’r pennawd yn ailddefnyddio progress-section: “Adran 2 o 6”)

# Yn dyfynnu’r ateb answer-dont-know.
section-hint = I ba raddau rydych chi’n cytuno â phob datganiad am eich partneriaeth? Dewiswch “Ddim yn gwybod” os na allwch chi ddweud; nid yw’n cyfrif yn erbyn y sgôr.
# Yn cael ei ychwanegu ar ôl section-hint pan ddywedodd y person fod y bartneriaeth yn dal i gael ei sefydlu.
section-hint-forming = Mae eich partneriaeth yn dal i gael ei sefydlu: dewiswch “Ddim yn gwybod” ar gyfer unrhyw beth sydd heb ddigwydd eto, yn hytrach nag anghytuno.
section-see-results = Gweld eich canlyniadau
# $criterion yw enw’r adran nesaf.
section-next = Nesaf: { $criterion }
section-back-to-introduction = Yn ôl i’r cyflwyniad
# $criterion yw enw’r adran flaenorol.
section-back = Yn ôl: { $criterion }
section-live-chart-heading = Eich sgoriau hyd yma
section-live-chart-note = Mae pob maen prawf yn cael sgôr pan fydd ganddo o leiaf dri ateb heblaw “Ddim yn gwybod”.

## Y canlyniadau

results-heading = Parodrwydd eich partneriaeth
# $scored ateb ar y raddfa cytuno, o $total datganiad; $dontknow ateb “Ddim yn gwybod”.
results-answered-note = Wedi’u hateb ar y raddfa: { $scored } o { $total }; “Ddim yn gwybod”: { $dontknow }.
# “Mae 8 datganiad heb eu hateb: Ymddiriedaeth (2), Datrys gwrthdaro (6).” Rhestr o
# results-missing-criterion yw $criteria, wedi’u cysylltu â list-two / list-more.
results-missing = { $count ->
    [zero] Nid oes unrhyw ddatganiadau heb eu hateb.
    [one] Mae { $count } datganiad heb ei ateb: { $criteria }.
    [two] Mae { $count } ddatganiad heb eu hateb: { $criteria }.
    [few] Mae { $count } datganiad heb eu hateb: { $criteria }.
    [many] Mae { $count } datganiad heb eu hateb: { $criteria }.
   *[other] Mae { $count } datganiad heb eu hateb: { $criteria }.
}
results-missing-criterion = { $criterion } ({ $count })
results-answer-missing = Ateb y datganiadau sydd eu hangen o hyd
results-stage-missing = Nid ydych chi wedi dweud pa mor bell mae’r bartneriaeth wedi dod.
results-stage-missing-link = Ateb ar y dudalen gyntaf
results-show-previous = Dangos canlyniad { $date } y tu ôl i’r un hwn
results-key-now = Y canlyniad hwn
results-key-before = Canlyniad { $date }
results-next-heading = Beth i’w wneud nesaf
results-review = Adolygu fy atebion
results-start-again = Dechrau eto
results-delete = Dileu fy atebion

## Y cerdyn sgôr gyffredinol

results-overall-label = Parodrwydd cyffredinol
# Wrth ymyl y sgôr gyffredinol: “Y sgôr isaf: Ymddiriedaeth (20)” ($lowest yw score-lowest yn shared.ftl).
results-overall-lowest = Y sgôr isaf: { $lowest }
# Yn enwi’r bandiau band-developing a band-priority.
results-overall-held = Mae’r canlyniad cyffredinol yn aros yn y band Yn datblygu tra bo unrhyw faen prawf yn y band Blaenoriaeth.
results-overall-not-yet = Dim eto
results-overall-why-first-edition = Atebwch o leiaf dri datganiad mewn adran i weld ei sgôr.
# $needed yw 5; $scored yw faint o feini prawf sydd â sgôr hyd yma.
results-overall-why = Mae angen sgôr ar o leiaf { $needed } o’r chwe maen prawf i gael ffigur cyffredinol; { $scored ->
    [zero] nid oes gan yr un ohonyn nhw sgôr eto.
    [one] mae gan { $scored } ohonyn nhw sgôr hyd yma.
    [two] mae gan { $scored } ohonyn nhw sgôr hyd yma.
    [few] mae gan { $scored } ohonyn nhw sgôr hyd yma.
    [many] mae gan { $scored } ohonyn nhw sgôr hyd yma.
   *[other] mae gan { $scored } ohonyn nhw sgôr hyd yma.
}
# Mewn print trwm, ac yna’r crynodeb pob-cryfder o questionnaire.ftl.
results-all-strengths = Cryfder yw pob maen prawf.
# Labeli trwm ac yna rhestr o enwau meini prawf.
results-strengths = Cryfderau:
results-priorities = I weithio arnyn nhw:
# $criteria: enwau meini prawf wedi’u cysylltu â list-two / list-more. Mae pob un o’r brawddegau hyn
# yn sefyll wrth ymyl y rhestrau, fel nad yw’r crynodeb byth yn dweud mwy na’r atebion.
results-disagreed = Roeddech chi’n anghytuno â datganiadau ar gyfer { $criteria }: maen nhw wedi’u rhestru, ar agor, o dan bob un isod.
results-unscored = Dim sgôr eto: { $criteria }. Rhy ychydig o atebion heblaw “Ddim yn gwybod”; mae’r datganiadau sydd eu hangen o hyd wedi’u rhestru isod.
results-many-dont-know = Atebwyd “Ddim yn gwybod” gennych chi i draean neu fwy o’r datganiadau ({ $count } o { $total }), felly mae’r sgoriau hyn yn seiliedig ar lai o atebion nag y maen nhw’n ymddangos.
results-all-equal = Mae eich sgoriau yr un fath ar gyfer pob maen prawf ({ $score }): nid oes yr un yn uwch nac yn is na’r lleill.
results-no-disagreement-info = Cafodd y ddolen hon ei gwneud cyn i ddolenni canlyniad gynnwys anghytundebau, felly ni all ddangos a oedd anghytuno ag unrhyw ddatganiad.
# $stage yw un o enwau’r cyfnodau yn questionnaire.ftl.
results-stage = Cyfnod: { $stage }
# Rôl yr ymatebydd, ar ganlyniad. $role yw un o enwau’r rolau (role-*).
results-role = Rôl: { $role }
results-first-edition-note = Cafodd hwn ei wneud gydag argraffiad cyntaf yr holiadur (30 datganiad). Mae ei sgoriau’n cael eu dangos yn union fel roedden nhw bryd hynny. Mae datganiadau gwahanol yn yr ail argraffiad, ac mae’n rhoi ffigur cyffredinol dim ond pan fydd gan bum maen prawf sgôr.
results-second-edition-note = Cafodd hwn ei wneud gydag ail argraffiad yr holiadur (35 datganiad). Mae ei sgoriau’n cael eu dangos yn union fel roedden nhw bryd hynny. Mae rhai datganiadau gwahanol yn y trydydd argraffiad.

## Y tabl sgoriau

table-summary = Y sgoriau mewn tabl
table-caption = Sgoriau fesul maen prawf (0 i 100)
table-criterion = Maen prawf
table-score = Sgôr
table-band = Band
table-dont-know = Ddim yn gwybod
table-answered = Wedi’u hateb
table-answered-count = { $answered } o { $total }
table-change = Newid
# Mae darllenwyr sgrin yn darllen hyn ar ôl “Newid”.
table-change-since = ers { $date }

## Canllawiau pob maen prawf

# Yn agor crynodeb band maen prawf (o questionnaire.ftl): barn un person, nid canfyddiad.
guidance-your-view = Mae eich atebion yn awgrymu hyn: { $summary }
guidance-your-view-but = Ar y cyfan, mae eich atebion yn awgrymu hyn, ond nid ym mhob man: fe wnaethoch chi anghytuno â’r hyn a restrir isod, ac mae hynny’n bwysicach nag y mae’r sgôr hon yn ei ddangos. { $summary }
# Yn lle crynodeb Blaenoriaeth pan ddywedodd y person fod y bartneriaeth yn dal i gael ei sefydlu.
guidance-forming-set-up = Mae eich partneriaeth yn dal i gael ei sefydlu, felly efallai nad yw hyn ar waith eto. Darllenwch hyn fel yr hyn i gytuno arno nawr, cyn bod ei angen:
# Pennawd uwchben cwestiynau trafod maen prawf ar ganlyniadau’r person ei hun a’r copi print.
guidance-discussion = Cwestiynau i’w trafod gyda’ch partneriaid
guidance-not-enough = Nid oes digon o atebion eto i roi sgôr ar gyfer { $criterion }: mae angen o leiaf tri ateb heblaw “Ddim yn gwybod”.
guidance-band-none = Dim digon o atebion
guidance-knowledge-gap = “Ddim yn gwybod” oedd yr ateb i { $count } o’r { $total ->
    [zero] { $total } datganiad
    [one] { $total } datganiad
    [two] { $total } ddatganiad
    [few] { $total } datganiad
    [many] { $total } datganiad
   *[other] { $total } datganiad
} yma. Os yw eraill yn y bartneriaeth yn teimlo’r un fath, mae’n werth codi’r bwlch hwn yn y wybodaeth rydych chi’n ei rhannu.

## Y datganiadau y tu ôl i sgôr maen prawf

# $answer yw un o labeli’r atebion yn shared.ftl.
feedback-you-answered = (eich ateb: “{ $answer }”)
feedback-status-dont-know = wedi ateb “Ddim yn gwybod”
feedback-status-unanswered = heb ei ateb
feedback-status = ({ $status })
feedback-still-to-answer = Heb eu hateb eto
feedback-summary = Y datganiadau y tu ôl i’r sgôr ({ $count })
feedback-pulled-down = Beth sy’n tynnu’r sgôr i lawr
feedback-dont-know = Yr hyn na allech chi ei ddweud

## Allwedd a gwallau’r siart radar

# Yn yr allwedd wedi’i rhifo wrth ymyl y siart, ar gyfer maen prawf heb sgôr.
chart-no-score = dim sgôr
chart-error = Nid oedd modd llunio’r siart; mae’r tabl yn dangos yr un ffigurau.
