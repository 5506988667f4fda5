# Rhannu canlyniad a chymharu partneriaid: y panel “Rhannu neu gadw’r canlyniad hwn” a’r rhestr o
# ganlyniadau blaenorol (y ddau o dan ganlyniadau’r person ei hun), canlyniad sydd wedi’i agor o ddolen a rannwyd, y
# dudalen gymharu, y llun i’w lawrlwytho, y ffeil CSV, y problemau a all fod mewn ffeil a fewnforiwyd
# a thudalen canllaw’r hwylusydd i’w hargraffu.
#
# Mae newidynnau o’r enw $reason yn cynnwys esboniad technegol y porwr ei hun o fethiant (yn Saesneg
# fel arfer, beth bynnag yw iaith y dudalen), wedi’i roi i mewn fel y daw.

## Panel rhannu: rhoi enw i’r canlyniad a’i ddolen breifat

share-heading = Rhannu neu gadw’r canlyniad hwn
share-intro = Mae dolen, llun neu allbrint yn cynnwys eich chwe sgôr, y dyddiad a’r enw rydych chi’n ei roi i’r canlyniad isod — byth eich atebion. Mae’r ddolen yn gweithio heb unrhyw weinydd: mae popeth y tu mewn iddi.
share-label-field = Rhowch enw i’r canlyniad hwn (dewisol)
# Rhes 23 (sharing.ftl): “nod” yw’r gair am “aim” yn yr offeryn hwn; “llythyren neu nod” sy’n
# gwneud yn glir mai hyd testun yw hwn. $max yw 40.
share-label-hint =
    { $max ->
        [one] Hyd at { $max } llythyren neu nod, er enghraifft “Barn y tîm tai”. Bydd pwy bynnag sy’n agor y ddolen yn ei weld.
       *[other] Hyd at { $max } llythyren neu nod, er enghraifft “Barn y tîm tai”. Bydd pwy bynnag sy’n agor y ddolen yn ei weld.
    }
# Y label uwchben y maes darllen yn unig sy’n cynnwys y ddolen.
share-link-field = Dolen i’r canlyniad hwn
# Y teitl mae dalen rannu’r ffôn yn ei gynnig gyda’r ddolen.
share-link-share-title = Canlyniad parodrwydd partneriaeth

## Copïo dolen (y panel rhannu a’r dudalen gymharu)

share-link-copy = Copïo’r ddolen
# Yn agor dalen rannu’r system (ffonau, rhai cyfrifiaduron).
share-link-share = Rhannu…
share-link-copied = Mae’r ddolen wedi’i chopïo. Gludwch hi mewn e-bost neu neges i’w rhannu.
# Pan nad yw’r dudalen yn cael defnyddio’r clipfwrdd (fel mewn llawer o fframiau wedi’u mewnosod): mae’r ddolen
# yn cael ei dewis er mwyn i’r person ei chopïo ei hun.
share-link-copy-by-hand = Nid yw’r dudalen hon yn cael copïo ar eich rhan. Mae’r ddolen wedi’i dewis uchod: copïwch hi gyda Ctrl+C (neu ⌘C ar Mac).
share-link-sheet-failed = Nid oedd modd agor y ddalen rannu ({ $reason }); copïwch y ddolen yn lle hynny.

## Panel rhannu: cymharu â phartneriaid

share-compare-heading = Cymharu â phartneriaid
share-compare-hint = Yn cynnal sesiwn gyda phartneriaid? Casglwch ddolenni pawb a gwelwch, ar un siart, ble rydych chi’n cytuno a ble rydych chi’n gweld pethau’n wahanol.
share-compare-button = Cymharu â chanlyniadau partneriaid

## Lluniau ac argraffu (y panel rhannu, canlyniad a rannwyd a’r dudalen gymharu)

share-pictures-heading = Lluniau ac argraffu
picture-download-svg = Lawrlwytho’r siart (SVG)
picture-download-png = Lawrlwytho’r siart (PNG)
picture-print = Argraffu neu gadw fel PDF
picture-svg-saved = Cafodd y siart ei gadw fel ffeil SVG.
picture-svg-not-saved = Nid oedd modd cadw’r SVG: { $reason }.
picture-not-drawn = Nid oedd modd llunio’r siart.
picture-png-saved = Cafodd y siart ei gadw fel delwedd PNG.
picture-png-not-saved = Nid oedd modd cadw’r PNG: { $reason }.
picture-print-failed = Nid oes modd argraffu yma ({ $reason }). Mae dewislen Argraffu eich porwr ei hun yn gweithio hefyd.

## Panel rhannu: yr atebion fel ffeil

share-files-heading = Eich atebion fel ffeil
share-files-hint = Cadwch gopi o’ch atebion, symudwch nhw i borwr arall, neu agorwch y sgoriau mewn taenlen.
share-export-json = Allforio atebion (JSON)
share-export-csv = Allforio sgoriau (CSV)
share-import-json = Mewnforio atebion (JSON)…
share-file-not-saved = Nid oedd modd cadw’r ffeil: { $reason }.
# Uwchben y rhestr o broblemau a gafwyd mewn ffeil a ddewiswyd gyda “Mewnforio atebion (JSON)…”.
share-import-problems = Nid oedd modd mewnforio’r ffeil hon, ac nid yw eich atebion wedi newid:

## Y problemau a all fod mewn ffeil a fewnforiwyd, un frawddeg yr un (wedi’u rhestru o dan share-import-problems).
## Enwau a gwerthoedd meysydd y ffeil ei hun yw’r geiriau rhwng dyfynodau: cadwch nhw yn Saesneg.

# Mae $size mewn kilobeit.
export-problem-too-large = Maint y ffeil yw { $size } KB, sy’n llawer mwy nag unrhyw ffeil a allforiwyd o’r offeryn hwn (ychydig KB).
# Mae $line a $column yn dweud ble mae’r ffeil yn peidio â bod yn ddarllenadwy.
export-problem-not-json = Nid yw’r ffeil yn JSON darllenadwy (llinell { $line }, colofn { $column }). Dewiswch ffeil a allforiwyd gyda “{ share-export-json }”.
# Mae ffeil a allforiwyd yn dechrau â chromfach gyrliog agor, sy’n cael ei dangos rhwng y dyfynodau.
export-problem-not-an-object = Nid yw’r ffeil yn cynnwys allforiad: dylai ddechrau gyda “{ "{" }”.
# $format yw enw’r math o ffeil sydd ym mhob allforiad (partnership-readiness-export).
export-problem-not-an-export = Nid allforiad o’r { -product-name } yw hwn: nid oes “"format": "{ $format }"” ynddo.
# $version yw fersiwn y ffeil, $latest y fersiwn fwyaf diweddar y mae’r adeiliad hwn yn ei darllen.
export-problem-newer-version = Fersiwn allforio { $version } yw’r ffeil, wedi’i gwneud gan fersiwn fwy diweddar o’r offeryn hwn; mae’r fersiwn hon yn darllen fersiynau 1 i { $latest }.
export-problem-bad-version = Dylai “version” y ffeil fod yn rhif o 1 i { $latest }.
# $id a $version yw’r hyn mae’r ffeil yn ei enwi (neu export-problem-none); $expected-id yw dynodydd yr
# holiadur hwn a $latest ei argraffiad diweddaraf.
export-problem-other-questionnaire = Cafodd y ffeil ei gwneud gyda holiadur { $id } fersiwn { $version }, ond mae’r offeryn hwn yn darllen { $expected-id } fersiynau 1 i { $latest }.
# Yn sefyll am werth nad yw’r ffeil yn ei roi.
export-problem-none = (dim)
# $value yw’r hyn sydd yn y ffeil (wedi’i fyrhau); $allowed y dynodyddion cyfnod a all fod ynddi.
export-problem-bad-stage = Y “stage” yw { $value }, ac nid yw’n un o’r rhain: { $allowed }.
export-problem-bad-label = Dylai’r “label” fod yn destun.
export-problem-no-answers = Nid oes rhestr “answers” yn y ffeil.
# $statements yw rhestr o ddynodyddion datganiadau nad ydyn nhw yn yr holiadur.
export-problem-unknown-statements = Nid yw’r datganiadau hyn yn yr holiadur hwn: { $statements }.
# Fel uchod, pan fydd mwy na deg: $more yw faint yn rhagor, wedi’i ysgrifennu â gwahanyddion miloedd
# (“1,234”); $count yw’r un rhif, ar gyfer y dewis lluosog (treiglad ar ôl 2).
export-problem-unknown-statements-more = Nid yw’r datganiadau hyn yn yr holiadur hwn: { $statements }. { $count ->
        [two] Mae { $more } ddatganiad arall hefyd.
       *[other] Mae { $more } datganiad arall hefyd.
    }
# $statement yw dynodydd datganiad, $value ateb y ffeil iddo (wedi’i fyrhau), $allowed y geiriau
# ateb y gall ffeil eu defnyddio.
export-problem-bad-answer = Yr ateb ar gyfer { $statement } yw { $value }, ac nid yw’n un o’r rhain: { $allowed }.
# $reason yw geiriau’r porwr ei hun, neu neges browser-… (“nid oedd modd darllen y ffeil fel
# testun”).
export-problem-unreadable = Nid oedd modd agor y ffeil ({ $reason }).

## Y ffeil CSV (“Allforio sgoriau (CSV)”): penawdau ei cholofnau ac enw’r rhes gyffredinol. Cadwch
## y penawdau’n fyr, mewn un gair os gallwch chi: mae taenlenni ac offer eraill yn eu darllen.

export-csv-column-date = dyddiad
export-csv-column-label = label
export-csv-column-criterion = maen_prawf
export-csv-column-score = sgôr
export-csv-column-band = band
# Rhes 24 (sharing.ftl): pennawd colofn CSV; roedd y ffurf amhersonol “atebwyd” yn od.
export-csv-column-answered = wedi_ateb
export-csv-column-statements = datganiadau
export-csv-column-dont-know = ddim_yn_gwybod
export-csv-column-role = rôl
export-csv-overall = Cyffredinol

## Y llun o ganlyniad i’w lawrlwytho (delwedd SVG neu PNG, wrth ymyl y siart)

# O dan enw’r cynnyrch pan nad oes enw gan y canlyniad. Dyddiad hir yw $date (“23 Tachwedd 2026”).
picture-subheading-unnamed = Canlyniad { $date }
# O dan enw’r cynnyrch: yr enw a roddodd y person i’r canlyniad, yna’r dyddiad.
picture-subheading-named = { $label } · { $date }
picture-overall-label = Parodrwydd cyffredinol
# Un llinell ar gyfer pob maen prawf: “Ymddiriedaeth: 56, yn datblygu”. $band yw ffurf “in-sentence” band.
picture-score-line = { $criterion }: { $score }, { $band }
# O dan y siart: $mark yw’r marc (“*”) ar ôl y llinellau sgôr mae’n eu hegluro; $criteria yw
# rhestr o feini prawf wedi’u cysylltu fel “A a B”.
picture-note-disagreed = { $mark } Anghytundeb cryf ymhlith yr atebion ar gyfer { $criteria }: nid yw’r sgôr ar ei phen ei hun yn dangos hynny.
# Maen prawf lle roedd traean neu fwy o’r atebion yn “Ddim yn gwybod”.
picture-note-basis = { $mark } Mae { $criterion } yn seiliedig ar { $scored } ateb o { $total }: “Ddim yn gwybod” oedd y gweddill.

## Canlyniadau blaenorol ar y ddyfais hon (o dan ganlyniadau’r person)

# $count yw nifer y canlyniadau sydd wedi’u rhestru.
history-heading = Eich canlyniadau ar y ddyfais hon ({ $count })
# Yn dyfynnu’r botwm “Dileu fy atebion” ar waelod y dudalen.
history-hint = Mae pob asesiad sydd wedi’i orffen yn cael ei gadw yma, yn y porwr hwn yn unig. Mae “{ confirm-delete-open }” yn eu dileu nhw hefyd.
# Testun dolen cofnod pan roddwyd enw i’r canlyniad. Dyddiad hir yw $date.
history-entry-name = { $date } · { $label }
# Yn dilyn dolen cofnod, ar ôl dash.
history-entry-overall = { " — " }sgôr gyffredinol { $score } / 100
history-entry-no-overall = { " — " }dim digon o atebion ar gyfer sgôr gyffredinol

## Canlyniad wedi’i agor o ddolen a rannwyd nad oes modd ei darllen

link-error-heading = Nid oes modd agor dolen y canlyniad hwn
link-error-empty = Nid oes canlyniad yn y ddolen hon. Efallai ei bod wedi’i thorri ar ôl y “#” pan gafodd ei chopïo.
link-error-too-long = Mae’r ddolen hon yn llawer hirach nag unrhyw ddolen canlyniad, felly ni chafodd ei hagor.
link-error-garbled = Mae’r ddolen hon yn cynnwys nodau na fyddai dolen canlyniad byth yn eu cynnwys. Efallai ei bod wedi cael ei newid, neu wedi’i chymysgu â dolen arall.
link-error-truncated = Mae’r ddolen hon yn anghyflawn: mae ei diwedd ar goll, wedi’i dorri i ffwrdd pan gafodd ei chopïo, mae’n debyg, neu wedi’i rhannu dros ddwy linell gan raglen e-bost. Gofynnwch i’r sawl a’i hanfonodd i gopïo’r ddolen gyfan eto, neu i anfon y canlyniad fel llun neu ffeil yn lle hynny.
# Mae cod gwirio yn y ddolen sy’n dangos a gafodd ei newid.
link-error-altered = Nid yw’r ddolen hon yn cyfateb i’w chod gwirio ei hun, felly mae rhan ohoni wedi newid neu wedi’i cholli. Nid oes modd ymddiried yn y sgoriau sydd ynddi.
link-error-newer-format = Cafodd y ddolen hon ei gwneud gan fersiwn fwy diweddar o’r { -product-name } na’r un hon, ac nid yw’r fersiwn hon yn gallu ei darllen.
link-error-other-questionnaire = Cafodd y ddolen hon ei gwneud gyda fersiwn wahanol o’r holiadur, felly nid oes modd dangos ei sgoriau yma.
link-error-impossible = Mae gwerthoedd yn y ddolen hon na all unrhyw ganlyniad eu cael, felly ni chafodd ei hagor.
# O dan y rheswm. Yn dyfynnu botwm “Copïo’r ddolen” y panel rhannu.
link-error-advice = Gofynnwch i’r person a’i hanfonodd gopïo’r ddolen eto gyda’r botwm “{ share-link-copy }” ar dudalen eu canlyniadau, neu anfon y canlyniad fel llun neu allbrint yn lle hynny.

## Canlyniad a rannwyd (wedi’i agor o ddolen; darllen yn unig)

# Y botwm yn ôl i asesiad yr ymwelydd ei hun, pan fydd atebion yr ymwelydd yn y porwr hwn.
snapshot-leave-own = Mynd i’ch asesiad eich hun
# Yr un botwm, ar gyfer ymwelydd sydd heb ddechrau.
snapshot-leave-start = Gwneud yr asesiad eich hun
# Wedi’i argraffu ar frig y dudalen yn unig. Dyddiad hir y canlyniad yw $date.
snapshot-print-heading = { -product-name } · canlyniad a rannwyd, { $date }
# Testun bach uwchben y pennawd.
snapshot-kicker = Canlyniad a rannwyd
# Y pennawd, pan na roddodd y person a’i rhannodd enw i’r canlyniad.
snapshot-title-unnamed = Canlyniad a rannwyd
snapshot-date = Canlyniad { $date }
snapshot-note = Copi darllen yn unig o ganlyniad a rannodd rhywun gyda chi. Daeth y tu mewn i’r ddolen: ni chafodd dim ei nôl o weinydd, ac nid oes dim amdano’n cael ei gadw yn y porwr hwn.
snapshot-compare = Cymharu â chanlyniadau eraill
snapshot-guidance-heading = Canllawiau ar gyfer pob maen prawf
# Y pennawd uwchben y botymau llun ac argraffu.
snapshot-keep-heading = Cadw copi

## Y dudalen gymharu: gludo dolenni partneriaid

# Wedi’i argraffu ar frig y dudalen yn unig. $count yw nifer yr ymatebion, $date dyddiad hir heddiw.
compare-print-heading =
    { $count ->
        [one] { -product-name } · cymhariaeth o { $count } ymateb · { $date }
       *[other] { -product-name } · cymhariaeth o { $count } ymateb · { $date }
    }
compare-heading = Cymharu canlyniadau partneriaid
compare-intro = Mae pawb yn gwneud yr asesiad ar eu pen eu hunain ac yn anfon y ddolen o dudalen eu canlyniadau. Gludwch y dolenni yma i weld ble rydych chi’n cytuno a ble rydych chi’n gweld y bartneriaeth yn wahanol. Mae’r dolenni’n cael eu darllen yn y porwr hwn: nid oes dim yn cael ei uwchlwytho na’i gadw.
compare-links-field = Dolenni canlyniadau, un ar bob llinell
# $max yw’r nifer mwyaf o ganlyniadau mewn un gymhariaeth (12).
compare-links-hint = { $max ->
        [one] Hyd at { $max } canlyniad. Gludwch nhw i gyd ar unwaith neu ychwanegwch nhw fesul un.
        [two] Hyd at { $max } ganlyniad. Gludwch nhw i gyd ar unwaith neu ychwanegwch nhw fesul un.
        [few] Hyd at { $max } chanlyniad. Gludwch nhw i gyd ar unwaith neu ychwanegwch nhw fesul un.
        [many] Hyd at { $max } chanlyniad. Gludwch nhw i gyd ar unwaith neu ychwanegwch nhw fesul un.
       *[other] Hyd at { $max } canlyniad. Gludwch nhw i gyd ar unwaith neu ychwanegwch nhw fesul un.
    }
compare-add = Ychwanegu at y gymhariaeth
# Y botwm i asesiad yr ymwelydd ei hun, pan fydd atebion yr ymwelydd yn y porwr hwn.
compare-leave-own = Mynd i’ch asesiad eich hun
# Yr un botwm, ar gyfer ymwelydd sydd heb ddechrau.
compare-leave-start = Gwneud yr asesiad eich hun
# Yn cael ei ddilyn gan y ddolen compare-guide-link.
compare-guide-lead = Yn cynnal sesiwn gyda phartneriaid?
compare-guide-link = Darllen y canllaw i hwyluswyr (i’w argraffu, yn agor mewn tab newydd)

## Y dudalen gymharu: dolenni na chafodd eu hychwanegu

compare-rejected-heading = Heb eu hychwanegu (mae’r lleill yn cael eu cymharu):
# Mewn print trwm ar ddechrau pob problem: ble roedd y ddolen yn y rhestr a gludwyd.
compare-rejected-line = Llinell { $line }
# Ar ôl compare-rejected-line: dechrau’r hyn a gludwyd, ac yna’r rheswm.
compare-rejected-excerpt = { " " }(“{ $excerpt }”):{ " " }
# $response yw rhif yr ymateb sydd eisoes wedi’i ychwanegu gyda’r un ddolen.
compare-problem-duplicate = Yr un ddolen ag ymateb { $response }, felly ni chafodd ei hychwanegu ddwywaith.
compare-problem-other-version = Cafodd y canlyniad hwn ei wneud gyda fersiwn wahanol o’r holiadur, felly nid oes modd rhoi ei sgoriau wrth ymyl y rhain.
compare-problem-too-many = { $max ->
        [one] Dim ond { $max } canlyniad y mae modd eu cymharu ar unwaith, felly cafodd hwn ei adael allan.
        [two] Dim ond { $max } ganlyniad y mae modd eu cymharu ar unwaith, felly cafodd hwn ei adael allan.
        [few] Dim ond { $max } chanlyniad y mae modd eu cymharu ar unwaith, felly cafodd hwn ei adael allan.
        [many] Dim ond { $max } chanlyniad y mae modd eu cymharu ar unwaith, felly cafodd hwn ei adael allan.
       *[other] Dim ond { $max } canlyniad y mae modd eu cymharu ar unwaith, felly cafodd hwn ei adael allan.
    }
# Ar ôl gludo llawer iawn. $count yw nifer y llinellau na chafodd eu darllen, $lines yr un rhif gyda
# gwahanyddion miloedd (“9,988”); $read yw nifer y llinellau sy’n cael eu darllen (24) a $max nifer y canlyniadau
# mewn un gymhariaeth (12). Mae “llinell” yn treiglo ar ôl 2 (dwy linell).
compare-unread =
    { $count ->
        [one] Ni chafodd { $lines } llinell arall ei darllen: dim ond y { $read } cyntaf sy’n cael eu darllen, gan mai { $max } yw’r nifer mwyaf o ganlyniadau y mae modd eu cymharu.
        [two] Ni chafodd { $lines } linell arall eu darllen: dim ond y { $read } cyntaf sy’n cael eu darllen, gan mai { $max } yw’r nifer mwyaf o ganlyniadau y mae modd eu cymharu.
       *[other] Ni chafodd { $lines } llinell arall eu darllen: dim ond y { $read } cyntaf sy’n cael eu darllen, gan mai { $max } yw’r nifer mwyaf o ganlyniadau y mae modd eu cymharu.
    }
compare-empty = Dim canlyniadau i’w cymharu eto. Gludwch ddolenni o leiaf dau bartner uchod.

## Y dudalen gymharu: yr ymatebion sy’n cael eu cymharu (allwedd y siart)

compare-legend-heading =
    { $count ->
        [one] { $count } ymateb wedi’i gymharu
       *[other] { $count } ymateb wedi’u cymharu
    }
compare-group-view = Golwg grŵp: dangos y cyfartaledd a’r ystod yn unig
# Yn cael ei ddangos tra bo llai na thri ymateb.
compare-privacy-few =
    { $count ->
        [one] Gyda dim ond { $count } ymateb, efallai y bydd unrhyw un sy’n gwybod pwy gymerodd ran yn gallu dweud pa sgoriau sy’n perthyn i bwy, hyd yn oed yn y golwg grŵp.
       *[other] Gyda dim ond { $count } ymateb, efallai y bydd unrhyw un sy’n gwybod pwy gymerodd ran yn gallu dweud pa sgoriau sy’n perthyn i bwy, hyd yn oed yn y golwg grŵp.
    }
compare-privacy-group-view = Golwg grŵp: mae canlyniadau unigol wedi’u cuddio. Mae’r siart yn dangos y cyfartaledd ac, fel llinellau toredig, y sgôr isaf a’r sgôr uchaf ar gyfer pob maen prawf.
compare-legend-mean = Cyfartaledd yr holl ymatebion
compare-legend-range = Isaf ac uchaf
# Enw ymateb na roddodd ei anfonwr enw iddo. $number yw ei le yn y rhestr.
compare-response-unnamed = Ymateb { $number }
# Mae manylion yn dilyn enw pob ymateb, pob un ar ôl y gwahanydd hwn: ei ddyddiad, ei sgôr
# gyffredinol, y cyfnod a roddodd (os oes un) ac “argraffiad cyntaf” (os felly).
compare-legend-separator = { " · " }
compare-legend-overall = sgôr gyffredinol { $score }
compare-legend-no-overall = dim sgôr gyffredinol
# Y cyfnodau fel maen nhw’n ymddangos mewn brawddeg, yn yr allwedd ac yn compare-stages-differ (enwau’r
# cyfnodau yn questionnaire.ftl, wedi’u hysgrifennu mewn testun rhedeg).
compare-stage-forming = yn dal i gael ei sefydlu (heb ddechrau cydweithio eto)
compare-stage-first-year = wedi bod yn cydweithio am lai na blwyddyn
compare-stage-one-to-three = wedi bod yn cydweithio am un i dair blynedd
compare-stage-established = wedi bod yn cydweithio am fwy na thair blynedd
# Cafodd y canlyniad ei wneud gydag argraffiad cyntaf yr holiadur.
compare-legend-first-edition = argraffiad cyntaf
compare-legend-second-edition = ail argraffiad
compare-legend-remove = Tynnu
# Enw’r botwm Tynnu ar gyfer darllenwyr sgrin. $name yw enw’r ymateb.
compare-legend-remove-label = Tynnu { $name } o’r gymhariaeth

## Enw a disgrifiad y siart cymharu, ar gyfer darllenwyr sgrin

compare-chart-title =
    { $count ->
        [one] Siart radar yn cymharu { $count } ymateb, gyda’u cyfartaledd
       *[other] Siart radar yn cymharu { $count } ymateb, gyda’u cyfartaledd
    }
# Rhestr o compare-chart-value a compare-chart-no-value yw $scores, un ar gyfer pob maen prawf.
compare-chart-mean =
    { $count ->
        [one] Cyfartaledd { $count } ymateb: { $scores }.
       *[other] Cyfartaledd { $count } ymateb: { $scores }.
    }
# Yn y golwg grŵp: sgôr isaf ac uchaf pob maen prawf, fel rhestrau tebyg i $scores uchod.
compare-chart-range = Isaf: { $lowest }. Uchaf: { $highest }.
# Sgoriau un ymateb: ei enw a rhestr debyg i $scores uchod.
compare-chart-response = { $name }: { $scores }.
# “Ymrwymiad 60”
compare-chart-value = { $criterion } { $score }
compare-chart-no-value = { $criterion } dim sgôr

## Y dudalen gymharu: y tabl sgoriau

compare-table-caption = Lle mae canfyddiadau’n wahanol (sgoriau 0 i 100)
compare-table-criterion = Maen prawf
compare-table-mean = Cyfartaledd
compare-table-lowest = Isaf
compare-table-highest = Uchaf
# Yr uchaf llai’r isaf.
compare-table-spread = Gwahaniaeth
# Faint o’r ymatebion a allai roi sgôr i’r maen prawf.
compare-table-scored = Wedi cael sgôr
# Baner ar ôl enw maen prawf: atebodd y rhan fwyaf o bobl “Ddim yn gwybod” i’r rhan fwyaf o’i ddatganiadau.
compare-table-gap = Bwlch gwybodaeth
# “3 o 4”: yr ymatebion a allai roi sgôr i’r maen prawf, o’r holl ymatebion.
compare-table-scored-count = { $scored } o { $total }

## Y dudalen gymharu: beth i’w drafod

# Mewn print trwm, ac yna compare-stages-differ.
compare-stages-differ-lead = Rydych chi wedi dewis cyfnodau gwahanol ar gyfer y bartneriaeth:
# Rhestr o gyfnodau (compare-stage-…) yw $stages, wedi’u cysylltu fel “A, B” (list-two).
compare-stages-differ = { $stages }. Trafodwch hynny’n gyntaf: bydd partneriaid sy’n anghytuno ynghylch pa mor bell mae’r bartneriaeth wedi dod yn darllen pob sgôr yn wahanol.
# Mewn print trwm, ac yna compare-editions-differ.
compare-editions-differ-lead = Cafodd rhai canlyniadau eu gwneud gydag argraffiad cynharach o’r holiadur.
compare-editions-differ = Mae pob argraffiad yn rhoi sgôr i’r un chwe maen prawf, felly mae modd eu rhoi ochr yn ochr, ond mae rhai o’r datganiadau y tu ôl iddyn nhw’n wahanol: cymharwch y darlun cyffredinol yn hytrach na bylchau bach.
# Mae canllaw’r hwylusydd yn dyfynnu’r pennawd hwn: cadwch y ddau yr un fath.
compare-talk-first-heading = Trafodwch y rhain yn gyntaf
# $points: y bwlch o ble mae gwahaniaeth yn werth ei drafod yn gyntaf (20).
compare-talk-first-close = Mae eich safbwyntiau’n agos: nid yw sgoriau unrhyw faen prawf { $points } pwynt neu fwy ar wahân. Defnyddiwch y canllawiau ar gyfer y sgoriau isaf i gynllunio beth i’w wneud gyda’ch gilydd.
compare-talk-first-intro = Lle mae eich sgoriau bellaf oddi wrth ei gilydd, mae’r partneriaid yn gweld y bartneriaeth yn wahanol. Dechreuwch y sgwrs yma, gyda’r cwestiynau hyn.
compare-talk-first-range = Mae’r sgoriau’n amrywio o { $lowest } i { $highest }.
compare-gaps-heading = Bylchau gwybodaeth
compare-gaps-intro = Atebodd y rhan fwyaf ohonoch chi “Ddim yn gwybod” i’r rhan fwyaf o’r datganiadau yma. Cyn dod i farn am y rhain, ewch ati gyda’ch gilydd i gael gwybod beth sy’n digwydd mewn gwirionedd.
# Ar ôl enw maen prawf mewn print trwm: ei gwestiwn trafod cyntaf.
compare-gaps-question = : { $question }
compare-disagreed-heading = Anghytundebau cryf
compare-disagreed-intro = Roedd o leiaf un ohonoch chi’n anghytuno’n gryf â datganiadau yma, beth bynnag mae’r cymedr yn ei ddweud. Holwch beth sydd y tu ôl i hynny cyn i chi gynllunio.
# Un llinell i bob maen prawf: ymatebion ag un “Anghytuno’n gryf” neu ddau “Anghytuno” ynddo.
compare-disagreed-item = { $criterion }: anghytundeb cryf mewn { $count } o { $total } ymateb
# Ymatebion y cafodd eu dolenni eu gwneud cyn i ddolenni gynnwys anghytundebau.
compare-disagreement-unknown = Cafodd { $count } o’r { $total } canlyniad eu gwneud cyn i ddolenni canlyniad gynnwys anghytundebau, felly nid ydyn nhw’n cael eu cyfrif yma.

## Y dudalen gymharu: ei rhannu

compare-share-heading = Rhannu’r gymhariaeth hon
compare-share-hint = Mae’r ddolen yn cynnwys pob canlyniad uchod (sgoriau, dyddiadau, enwau a rolau, byth atebion), felly bydd pwy bynnag sy’n ei hagor yn gweld y gymhariaeth hon.
compare-link-field = Dolen i’r gymhariaeth hon
# Y teitl mae dalen rannu’r ffôn yn ei gynnig gyda’r ddolen.
compare-link-share-title = Cymhariaeth parodrwydd partneriaeth

## Y llun o gymhariaeth i’w lawrlwytho (wrth ymyl y siart)

# O dan enw’r cynnyrch. $count yw nifer yr ymatebion, $date dyddiad hir heddiw.
picture-comparison-subheading =
    { $count ->
        [one] Cymhariaeth o { $count } ymateb · { $date }
       *[other] Cymhariaeth o { $count } ymateb · { $date }
    }
picture-mean-overall-label = Cyfartaledd y parodrwydd cyffredinol
# Cyfartaledd sgoriau cyffredinol yr ymatebion.
picture-mean-overall = { $score } allan o 100
# Un llinell ar gyfer pob maen prawf: ei sgôr gyfartalog ac ystod sgoriau’r ymatebion.
compare-summary-range = { $criterion }: cyfartaledd { $mean }, o { $lowest } i { $highest }
# Maen prawf a gafodd sgôr gan un ymateb yn unig.
compare-summary-one = { $criterion }: { $score } (un ymateb)
compare-summary-none = { $criterion }: dim sgoriau
## Safbwyntiau yn ôl rôl (o’r trydydd argraffiad ymlaen): ffigurau rôl dim ond pan fydd tri neu ragor o ymatebion wedi’i rhoi

compare-roles-heading = Safbwyntiau yn ôl rôl
compare-roles-intro = Y sgôr gymedrig ar gyfer pob maen prawf gan y bobl a roddodd yr un rôl. Dim ond pan fydd tri neu ragor o bobl wedi rhoi rôl y caiff ei dangos, fel nad oes modd adnabod atebion neb.
# $count yw nifer yr ymatebion a roddodd y rôl.
compare-role-count = { $count ->
    [zero] { $count } ymateb
    [one] { $count } ymateb
    [two] { $count } ymateb
    [few] { $count } ymateb
    [many] { $count } ymateb
   *[other] { $count } ymateb
}
# Cymedr un maen prawf o fewn rôl. Mae $score rhwng 0 a 100.
compare-role-score = { $criterion }: { $score }
# $score yw ffigur cyffredinol cymedrig ymatebion y rôl.
compare-role-overall = Cyffredinol { $score }
# Maen prawf y gallai llai na $min (3) o bobl yn y rôl roi sgôr iddo: ffigur un person fyddai.
compare-role-too-few = { $criterion }: rhy ychydig o sgoriau i’w dangos
# Y rolau a roddodd llai na $min (3) o bobl, wedi’u henwi gyda’i gilydd ($roles; $count ohonyn nhw).
compare-roles-withheld = Heb eu dangos: { $roles }. Rhoddodd llai na { $min } o bobl { $count ->
    [zero] bob un o’r rolau hyn
    [one] y rôl hon
    [two] bob un o’r rolau hyn
    [few] bob un o’r rolau hyn
    [many] bob un o’r rolau hyn
   *[other] bob un o’r rolau hyn
}, felly byddai modd adnabod eu hatebion.
# Rhoddwyd rolau, ond nid gan $min (3) neu ragor o bobl.
compare-roles-none-shown = Ni roddodd { $min } neu ragor o bobl yr un rôl, felly nid oes safbwyntiau yn ôl rôl: gyda llai, byddai modd adnabod eu hatebion.
# Rhoddodd rhai ymatebion rôl, ond ni roddodd y rhain. $count yw faint.
compare-roles-not-given = { $count ->
    [zero] Ni roddodd { $count } ymateb rôl.
    [one] Ni roddodd { $count } ymateb rôl.
    [two] Ni roddodd { $count } ymateb rôl.
    [few] Ni roddodd { $count } ymateb rôl.
    [many] Ni roddodd { $count } ymateb rôl.
   *[other] Ni roddodd { $count } ymateb rôl.
}

## Tudalen canllaw’r hwylusydd i’w hargraffu (mae geiriau’r canllaw ei hun yn guide.ftl)

guide-page-print = Argraffu neu gadw fel PDF
guide-page-leave = Mynd i’r asesiad
guide-page-print-failed = Ni ddechreuodd yr argraffu: { $reason }.
