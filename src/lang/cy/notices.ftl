# Y geiriau o gwmpas yr holiadur: yr hysbysiadau uwchben y dudalen (problemau cadw, newyddion
# o dab arall), y cwestiynau cyn dileu neu ddisodli unrhyw beth, y troedyn gyda’r addewid
# preifatrwydd a’r data a gadwyd o’r neilltu, y llinell deitl, a’r hyn mae’r dudalen yn ei ddweud
# pan fydd y porwr yn gwrthod gwneud rhywbeth.
#
# Mae sawl neges yn dyfynnu neges arall (botwm neu bennawd) rhwng “ ”: maen nhw’n ei hysgrifennu fel
# cyfeiriad, { footer-kept-title } er enghraifft, fel bod y dyfyniad bob amser yr un fath â’r label ar y dudalen.

## Hysbysiadau uwchben y dudalen: blwch yr un, gyda botwm “Cau”

notice-dismiss = Cau

# Nid oedd modd darllen yr atebion a gadwyd pan agorodd y dudalen. Mewn print trwm, yna
# notice-unreadable-reason, yna notice-unreadable-kept neu notice-unreadable-not-kept.
notice-unreadable-title = Nid oedd modd llwytho eich atebion a gadwyd.
# $reason yw un o’r negeseuon storage-reason-… isod, sy’n dechrau â llythyren fach.
notice-unreadable-reason = Rheswm: { $reason }.
# Yn dyfynnu pennawd y rhestr yn y troedyn o ddata a gadwyd o’r neilltu.
notice-unreadable-kept = Mae copi o’r data na ellid ei ddarllen wedi’i gadw yn y porwr hwn, felly nid oes dim wedi’i golli: gallwch chi ei lawrlwytho yn yr adran “{ footer-kept-title }” ar waelod y dudalen. Rydych chi’n dechrau asesiad newydd.
notice-unreadable-not-kept = Nid oedd modd i ni gadw copi ohono, felly rhag ei golli, ni fydd dim yn cael ei gadw nes i chi ddewis ei ddisodli.
# Botwm: ysgrifennu dros y data na ellid ei ddarllen a dechrau cadw eto.
notice-unreadable-replace = Disodli’r data a chadw o hyn ymlaen

# Mae’r un asesiad ar agor mewn tab neu ffenestr arall yn y porwr hwn, ac mae’r atebion yno
# yn fwy diweddar.
notice-other-tab = Cafodd eich atebion eu diweddaru o dab neu ffenestr arall lle mae’r asesiad hwn ar agor.
notice-deleted-elsewhere = Cafodd eich atebion eu dileu mewn tab neu ffenestr arall. Mae’r dudalen hon yn dechrau o’r newydd nawr.

# Mae tudalen arall ar yr un wefan wedi gwagio storfa’r porwr hwn (wrth allgofnodi, er enghraifft). Y
# frawddeg gyntaf: $removed yw notice-cleared-elsewhere-removed, sy’n cael ei dangos mewn print trwm;
# rhowch hi lle bynnag mae’r frawddeg ei hangen.
notice-cleared-elsewhere-removed = Cafodd eich atebion a gadwyd eu tynnu o’r porwr hwn gan dudalen arall ar y wefan hon
notice-cleared-elsewhere = { $removed } (er enghraifft pan wnaeth rhywun allgofnodi yno).
# Yr ail frawddeg: $answers yw nifer yr atebion sydd gan y dudalen hon o hyd, $results nifer y
# canlyniadau blaenorol. Nid yw “ateb” yn treiglo ar ôl rhif; mae “canlyniad” yn treiglo ar ôl 2, 3 a 6.
notice-cleared-elsewhere-kept = { $results ->
        [0] Mae eich { $answers } ateb gan y dudalen hon o hyd, ond mae hi wedi stopio cadw fel nad oes dim yn dod yn ôl heb eich caniatâd.
        [one] Mae eich { $answers } ateb a’ch { $results } canlyniad blaenorol gan y dudalen hon o hyd, ond mae hi wedi stopio cadw fel nad oes dim yn dod yn ôl heb eich caniatâd.
        [two] Mae eich { $answers } ateb a’ch { $results } ganlyniad blaenorol gan y dudalen hon o hyd, ond mae hi wedi stopio cadw fel nad oes dim yn dod yn ôl heb eich caniatâd.
        [few] Mae eich { $answers } ateb a’ch { $results } chanlyniad blaenorol gan y dudalen hon o hyd, ond mae hi wedi stopio cadw fel nad oes dim yn dod yn ôl heb eich caniatâd.
        [many] Mae eich { $answers } ateb a’ch { $results } chanlyniad blaenorol gan y dudalen hon o hyd, ond mae hi wedi stopio cadw fel nad oes dim yn dod yn ôl heb eich caniatâd.
       *[other] Mae eich { $answers } ateb a’ch { $results } canlyniad blaenorol gan y dudalen hon o hyd, ond mae hi wedi stopio cadw fel nad oes dim yn dod yn ôl heb eich caniatâd.
    }
# Botymau: cadw eto yr hyn sydd gan y dudalen hon, neu dderbyn ei fod wedi mynd.
notice-cleared-keep = Cadw fy atebion ar y ddyfais hon
notice-cleared-start-afresh = Dechrau o’r newydd

# Cafodd yr atebion eu cadw gan fersiwn fwy diweddar o’r offeryn hwn; ni fydd y dudalen hon (sy’n hŷn) yn ysgrifennu drostyn nhw.
# Mae’r frawddeg gyntaf yn cael ei dangos mewn print trwm.
notice-newer-data-title = Mae’r dudalen hon yn hŷn na’r atebion sydd wedi’u cadw yn y porwr hwn.
notice-newer-data = Cawson nhw eu cadw gan fersiwn fwy diweddar o’r gwiriad hwn, felly ni fydd y dudalen hon yn cadw dim drostyn nhw, er mwyn eu diogelu. Mae eich atebion yma yn dal yn y tab hwn, ac mewn unrhyw gopi a restrir ar waelod y dudalen hon. Ail-lwythwch y dudalen i gael y fersiwn fwy diweddar.
notice-newer-data-reload = Ail-lwytho’r dudalen

# Nid oedd “Dileu fy atebion” wedi dileu popeth. Mae’r frawddeg gyntaf mewn print trwm, yna un
# o’r ddau reswm, yna’r cyngor.
notice-delete-failed-title = Nid oedd modd dileu eich holl atebion o’r porwr hwn.
notice-delete-failed-unavailable = Nid yw’r porwr yn gadael i’r dudalen hon ddefnyddio ei storfa ar hyn o bryd.
notice-delete-failed-refused = Gwrthododd y porwr.
notice-delete-failed-advice = Rhowch gynnig arall arni nes ymlaen, neu cliriwch ddata’r wefan hon yng ngosodiadau’r porwr.

# Mae’r person wedi rhoi’n ôl gopi o atebion a gadwyd o’r neilltu. $count yw nifer yr
# atebion ynddo (mewn cromfachau, felly nid oes angen ffurfiau unigol/lluosog).
notice-restored = Cafodd eich atebion eu disodli gan yr atebion a gadwyd ({ $count }). Mae’r atebion a oedd gennych chi cyn hynny wedi’u cadw o’r neilltu yn yr adran “{ footer-kept-title }” ar waelod y dudalen.

# Efallai na fydd yr atebion a gadwyd yn para lle mae’r dudalen yn rhedeg: un o’r ddwy frawddeg gyntaf, yna’r
# drydedd, sy’n dyfynnu botwm ar dudalen y canlyniadau.
notice-may-not-last-foreign-frame = Mae’r gwiriad hwn yn cael ei ddangos y tu mewn i wefan arall, felly mae eich porwr yn cadw ei atebion ar wahân ar gyfer y wefan honno, a gallai eu clirio’n gynt na’r arfer.
notice-may-not-last-week = Mae’r porwr hwn yn dileu’r hyn mae gwefannau’n ei gadw os nad ydych chi’n dod yn ôl o fewn saith niwrnod, felly gallai eich atebion fod wedi mynd ar ôl wythnos i ffwrdd.
notice-may-not-last-export = I gadw copi y gallwch chi ddod ag ef yn ôl, defnyddiwch “{ share-export-json }” ar dudalen y canlyniadau.

notice-deleted = Mae eich atebion wedi cael eu dileu o’r porwr hwn.

# Nid oedd modd darllen rhai canlyniadau blaenorol. $count yw faint; yna un o’r ddwy frawddeg
# ar ei hôl.
notice-history-lost = { $count ->
        [one] Nid oedd modd darllen { $count } o’ch canlyniadau blaenorol ar y ddyfais hon, ac nid yw wedi’i restru.
       *[other] Nid oedd modd darllen { $count } o’ch canlyniadau blaenorol ar y ddyfais hon, ac nid ydyn nhw wedi’u rhestru.
    }
notice-history-lost-kept = Cafodd copi o’r rhestr a oedd wedi’i storio ei gadw o’r neilltu yn y porwr hwn.
notice-history-lost-not-kept = Nid oedd lle i gadw copi, felly ni fydd canlyniadau newydd yn cael eu hychwanegu at y rhestr nes i chi ddileu eich atebion.
notice-history-newer = Cafodd eich canlyniadau blaenorol ar y ddyfais hon eu cadw gan fersiwn fwy diweddar o’r gwiriad hwn, felly ni all y dudalen hon eu rhestru, ac ni fydd yn eu newid.
notice-history-unreadable-kept = Nid oedd modd darllen y rhestr o’ch canlyniadau blaenorol ar y ddyfais hon, felly mae’n dechrau o’r newydd. Cafodd copi o’r rhestr a oedd wedi’i difrodi ei gadw o’r neilltu yn y porwr hwn.
notice-history-unreadable-not-kept = Nid oedd modd darllen y rhestr o’ch canlyniadau blaenorol ar y ddyfais hon, ac nid oedd lle i gadw copi, felly ni fydd canlyniadau newydd yn cael eu hychwanegu ati nes i chi ddileu eich atebion.

# Atebion wedi’u disodli o ffeil a allforiwyd. $count yw nifer yr atebion yn y ffeil (mewn
# cromfachau, felly nid oes angen ffurfiau unigol/lluosog).
notice-imported = Cafodd eich atebion eu disodli gan yr atebion o’r ffeil ({ $count }).

# Mae’r holiadur wedi newid ers i’r person ddechrau. $kept yw faint o’i atebion sy’n dal i
# gyfrif (y rhai i ddatganiadau sydd heb newid).
notice-questionnaire-updated = Mae argraffiad newydd o’r holiadur ers i chi ddechrau. { $kept ->
        [zero] Nid oes gennych chi atebion i ddatganiadau sydd heb newid.
        [one] Mae eich { $kept } ateb i ddatganiad sydd heb newid wedi’i gadw.
       *[other] Mae eich { $kept } ateb i ddatganiadau sydd heb newid wedi’u cadw.
    }
# Ar ôl notice-questionnaire-updated, pan roddodd yr atebion ganlyniad yn yr argraffiad y cawson nhw eu cadw ag ef.
notice-earlier-result-kept = Mae’r canlyniad a roddon nhw bryd hynny wedi’i gadw gyda’ch canlyniadau blaenorol, gyda’i sgoriau gwreiddiol.
# Cafodd ffeil a allforiwyd o argraffiad cyntaf yr holiadur ei mewnforio. $kept fel uchod.
notice-imported-first-edition = Cafodd y ffeil ei gwneud gydag argraffiad cyntaf yr holiadur. Mae ei chanlyniad wedi’i gadw gyda’ch canlyniadau blaenorol, gyda’i sgoriau gwreiddiol. { $kept ->
        [zero] Nid oedd atebion i ddatganiadau sydd heb newid i’w trosglwyddo.
        [one] Mae { $kept } ateb i ddatganiad sydd heb newid wedi’i drosglwyddo.
       *[other] Mae { $kept } ateb i ddatganiadau sydd heb newid wedi’u trosglwyddo.
    }
# Cafodd ffeil wedi’i hallforio o ail argraffiad yr holiadur ei mewnforio. $kept fel uchod.
notice-imported-second-edition = Cafodd y ffeil ei gwneud gydag ail argraffiad yr holiadur. Mae ei chanlyniad wedi’i gadw gyda’ch canlyniadau blaenorol, gyda’i sgoriau gwreiddiol. { $kept ->
        [zero] Nid oedd atebion i ddatganiadau sydd heb newid i’w trosglwyddo.
        [one] Mae { $kept } ateb i ddatganiad sydd heb newid wedi’i drosglwyddo.
       *[other] Mae { $kept } ateb i ddatganiadau sydd heb newid wedi’u trosglwyddo.
    }
# Yn agor y rhestr o ddatganiadau sydd wedi’u hychwanegu ers hynny, pob un yn ddolen i’w ateb.
notice-new-statements = { $count ->
        [zero] Dim datganiadau newydd i’w hateb
        [one] { $count } datganiad newydd i’w ateb
        [two] { $count } ddatganiad newydd i’w hateb
        [few] { $count } datganiad newydd i’w hateb
        [many] { $count } datganiad newydd i’w hateb
       *[other] { $count } datganiad newydd i’w hateb
    }

## Problemau cadw, sy’n cael eu dangos mewn hysbysiad

storage-unavailable = Nid yw’r porwr hwn yn gadael i’r dudalen storio dim, felly ni fydd eich atebion yn cael eu cadw os byddwch chi’n ei chau neu’n ei hail-lwytho. Mae popeth arall yn gweithio fel arfer.
storage-full = Mae storfa eich porwr ar gyfer y wefan hon yn llawn, felly nid oedd modd cadw eich atebion diweddaraf. Mae’r tab hwn yn dal gafael arnyn nhw nes i chi ei gau.
# $detail yw esboniad y porwr ei hun, yn iaith y porwr.
storage-write-failed = Gwrthododd eich porwr gadw eich atebion diweddaraf ({ $detail }). Mae’r tab hwn yn dal gafael arnyn nhw nes i chi ei gau.
# Yr un peth, pan na roddodd y porwr esboniad.
storage-write-failed-unknown = Gwrthododd eich porwr gadw eich atebion diweddaraf (gwall anhysbys). Mae’r tab hwn yn dal gafael arnyn nhw nes i chi ei gau.

## Pam nad oedd modd darllen yr atebion a gadwyd: mae pob un yn dilyn “Rheswm: ” yn notice-unreadable-reason,
## felly mae’n dechrau â llythyren fach a does dim atalnod llawn

storage-reason-not-json = mae’r atebion a gadwyd wedi’u difrodi ac nid oes modd eu darllen
storage-reason-not-ours = nid yr offeryn hwn wnaeth gadw’r data
# $version yw rhif y fformat storio a ysgrifennodd y fersiwn fwy diweddar.
storage-reason-newer = mae’r atebion a gadwyd yn dod o fersiwn fwy diweddar o’r offeryn hwn (fformat { $version })
# $version yw’r rhif fformat (amhosibl) a gafwyd.
storage-reason-unknown-version = mae’r atebion a gadwyd mewn fformat na chafodd ei ysgrifennu gan unrhyw fersiwn o’r offeryn hwn ({ $version })
# $detail yw disgrifiad technegol o’r hyn sydd o’i le, yn Saesneg.
storage-reason-invalid = mae’r atebion a gadwyd yn anghyflawn neu wedi’u difrodi ({ $detail })
storage-reason-no-version = mae’r atebion a gadwyd yn anghyflawn neu wedi’u difrodi (dim fersiwn fformat)
storage-reason-timestamps = mae’r atebion a gadwyd yn anghyflawn neu wedi’u difrodi (nid rhifau yw’r stampiau amser)
# $index yw rhif yr adran sydd wedi’i storio yn y data, gan gyfrif o 0.
storage-reason-no-section = mae’r atebion a gadwyd yn anghyflawn neu wedi’u difrodi (nid yw adran { $index } yn bodoli)
# $edition yw rhif yr argraffiad (amhosibl) o’r holiadur a gafwyd.
storage-reason-no-edition = mae’r atebion a gadwyd yn anghyflawn neu wedi’u difrodi (nid yw argraffiad { $edition } o’r holiadur yn bodoli)
# Mae’r amser y cafodd yr atebion eu cadw fwy na diwrnod yn hwyrach na’r hyn mae cloc y ddyfais hon yn ei ddweud yw’r amser nawr.
storage-reason-future = mae’r atebion a gadwyd yn anghyflawn neu wedi’u difrodi (wedi’u cadw fwy na diwrnod o flaen cloc y ddyfais hon)
# $id yw dynodydd yr holiadur arall, fel y cafodd ei storio.
storage-reason-other-questionnaire = mae’r atebion a gadwyd yn perthyn i holiadur gwahanol ({ $id })

## Y cwestiynau cyn clirio, dileu neu ddisodli unrhyw beth: pennawd, testun, botwm sy’n bwrw
## ymlaen, a confirm-cancel

confirm-start-again-title = Dechrau eto?
confirm-start-again-text = Bydd hyn yn clirio eich holl atebion er mwyn i chi allu gwneud yr asesiad o’r newydd. Bydd eich canlyniadau blaenorol ar y ddyfais hon yn aros.
confirm-start-again-yes = Ie, dechrau eto

# Y botwm ar waelod pob tudalen sy’n gofyn y cwestiwn hwn.
confirm-delete-open = Dileu fy atebion
confirm-delete-title = Dileu eich atebion?
# Mae $removed yn rhestru beth fydd yn cael ei ddileu: yr eitemau confirm-delete-… isod sy’n berthnasol, wedi’u cysylltu
# â list-two neu list-more (“eich 12 ateb sydd ar y gweill, yr enw a roesoch chi i’ch canlyniad, eich rhestr o
# 2 ganlyniad blaenorol”). Mae’r rhestr yn dilyn colon, felly nid yw’r eitemau’n treiglo.
confirm-delete-text = Bydd hyn yn dileu’r canlynol o’r porwr hwn: { $removed }. Nid oes modd dadwneud hyn. Nid yw hyn yn effeithio ar ddolenni, lluniau a ffeiliau rydych chi eisoes wedi’u rhannu neu wedi’u lawrlwytho: nid ydyn nhw’n dibynnu ar y porwr hwn.
# Yr eitem gyntaf pan nad oes atebion gan y dudalen hon (gall fod rhai yn y storfa o hyd).
confirm-delete-any-answers = unrhyw atebion sydd wedi’u cadw yn y porwr hwn
confirm-delete-answers = eich { $count } ateb sydd ar y gweill
confirm-delete-name = yr enw a roesoch chi i’ch canlyniad
confirm-delete-results = { $count ->
        [zero] eich rhestr o ganlyniadau blaenorol
        [one] eich rhestr o { $count } canlyniad blaenorol
        [two] eich rhestr o { $count } ganlyniad blaenorol
        [few] eich rhestr o { $count } chanlyniad blaenorol
        [many] eich rhestr o { $count } chanlyniad blaenorol
       *[other] eich rhestr o { $count } canlyniad blaenorol
    }
confirm-delete-copies = { $count ->
        [zero] copïau o ddata a gadwyd o’r neilltu
        [one] { $count } copi o ddata a gadwyd o’r neilltu
        [two] { $count } gopi o ddata a gadwyd o’r neilltu
        [few] { $count } chopi o ddata a gadwyd o’r neilltu
        [many] { $count } chopi o ddata a gadwyd o’r neilltu
       *[other] { $count } copi o ddata a gadwyd o’r neilltu
    }
confirm-delete-yes = Ie, dileu popeth

# Rhoi’n ôl gopi a gadwyd o’r neilltu. $incoming yw nifer yr atebion yn y copi, $current nifer
# yr atebion sydd gan y person nawr.
confirm-restore-title = Defnyddio’r atebion a gadwyd?
confirm-restore-text = Mae { $incoming } ateb yn y copi a gadwyd. { $incoming ->
        [one] Bydd yn disodli’r { $current } ateb sydd gennych chi yma.
       *[other] Byddan nhw’n disodli’r { $current } ateb sydd gennych chi yma.
    } Bydd eich atebion presennol yn cael eu cadw o’r neilltu yn gyntaf, felly gallwch chi fynd yn ôl atyn nhw. Bydd eich canlyniadau blaenorol ar y ddyfais hon yn aros.
confirm-restore-yes = Ie, defnyddio’r atebion a gadwyd

# Mewnforio ffeil a allforiwyd. $current yw nifer yr atebion sydd gan y person nawr, $incoming nifer
# yr atebion yn y ffeil.
confirm-replace-title = Disodli eich atebion ag atebion y ffeil?
confirm-replace-text = Mae gennych chi { $current } ateb yma. Mae { $incoming } ateb yn y ffeil, { $incoming ->
        [one] a bydd yn eu disodli.
       *[other] a byddan nhw’n eu disodli.
    } Bydd eich canlyniadau blaenorol ar y ddyfais hon yn aros.
# Yr un peth, pan fydd y ffeil hefyd yn rhoi enw i’r canlyniad sy’n wahanol i enw’r person.
confirm-replace-text-renamed = Mae gennych chi { $current } ateb yma. Mae { $incoming } ateb yn y ffeil, { $incoming ->
        [one] a bydd yn eu disodli.
       *[other] a byddan nhw’n eu disodli.
    } Bydd enw’r ffeil ar gyfer y canlyniad yn disodli eich enw chi. Bydd eich canlyniadau blaenorol ar y ddyfais hon yn aros.
confirm-replace-yes = Ie, disodli fy atebion

confirm-cancel = Canslo

## Troedyn pob tudalen (confirm-delete-open yw ei fotwm), a’r data a gadwyd o’r neilltu

footer-privacy = Dienw: mae eich atebion yn cael eu cadw yn y porwr hwn yn unig, ac nid ydyn nhw byth yn cael eu hanfon i unman.
# Pennawd rhestr sy’n agor. Mae data a gadwyd nad oedd y dudalen hon yn gallu ei ddefnyddio yn cael ei gadw, nid ei daflu.
footer-kept-title = Data a gadwyd o’r neilltu
# $count yw nifer y copïau sydd wedi’u cadw.
footer-kept-summary = { footer-kept-title } ({ $count })
footer-kept-explanation = Mae gan y porwr hwn ddata nad oedd y dudalen hon yn gallu ei ddefnyddio. Mae wedi’i gadw fel nad oes dim yn cael ei golli: gallwch chi gadw copi fel ffeil, neu roi atebion a gadwyd yn ôl fel eich atebion chi. Mae “{ confirm-delete-open }” yn dileu’r rhain hefyd.
# Un llinell yr un yn y rhestr: beth yw’r copi, a $date pryd cafodd ei gadw o’r neilltu (“23 Tachwedd
# 2026”, date-long).
footer-kept-session = Atebion a gadwyd nad oedd modd eu darllen, wedi’u cadw ar { $date }
footer-kept-history = Rhestr o ganlyniadau blaenorol nad oedd modd ei darllen, wedi’i chadw ar { $date }
footer-kept-replaced = Atebion y gwnaethoch chi eu disodli â chopi a gadwyd, wedi’u cadw ar { $date }
# Atebion y dudalen hon, y dewisodd y person eu cadw ar ôl i dudalen arall eu tynnu, ond roedd fersiwn fwy diweddar o’r offeryn wedi cadw ei hatebion ei hun yn y cyfamser.
footer-kept-unsaved = Atebion nad oedd y dudalen hon yn gallu eu cadw dros atebion fersiwn fwy diweddar, wedi’u cadw ar { $date }
footer-kept-download = Lawrlwytho copi
# Botwm: defnyddio atebion y copi fel atebion y person ei hun. $count yw nifer yr atebion ynddo (nid yw “ateb” yn treiglo ar ôl rhif).
footer-kept-use = { $count ->
        [one] Defnyddio’r { $count } ateb hwn
       *[other] Defnyddio’r { $count } ateb hyn
    }
# $file yw enw’r ffeil sy’n cael ei lawrlwytho.
footer-downloading = Wrthi’n lawrlwytho { $file }.
# $reason yw un o’r negeseuon browser-… isod, neu eiriau’r porwr ei hun.
footer-download-failed = Ni ddechreuodd y lawrlwythiad ({ $reason }).

## Y llinell uwchben pob tudalen: enw’r cynnyrch (product-name), yna enw’r sefydliad
## pan fydd y dudalen letyol yn rhoi un

# $name yw enw’r sefydliad neu’r bartneriaeth, fel mae’r dudalen letyol yn ei roi.
app-org-name = · { $name }

## Beth mae’r dudalen yn ei ddweud pan na all y porwr, neu pan na fydd y porwr, yn gwneud rhywbeth. Mae pob un yn mynd i
## mewn i neges arall (“Ni ddechreuodd y lawrlwythiad (gwrthododd y porwr).”), felly mae’n dechrau â llythyren
## fach a does dim atalnod llawn. Pan fydd y porwr yn rhoi ei eiriau ei hun, mae’r rheini’n cael eu dangos yn lle.

browser-no-window = dim ffenestr porwr
browser-refused = gwrthododd y porwr
browser-no-clipboard = nid yw’r porwr hwn yn cynnig clipfwrdd yma
browser-no-document = dim dogfen
browser-no-link = dim elfen dolen
browser-chart-not-drawn = nid oedd modd llunio’r siart fel delwedd
browser-no-canvas = dim cynfas
browser-no-drawing = dim lluniadu 2D
# Brawddeg gyfan, yn y rhestr o resymau pam nad oedd modd mewnforio ffeil. $size yw maint y
# ffeil mewn kilobeit.
browser-file-too-large = Maint y ffeil yw { $size } KB, sy’n llawer mwy nag unrhyw ffeil a allforiwyd o’r offeryn hwn (ychydig KB).
browser-file-not-text = nid oedd modd darllen y ffeil fel testun
