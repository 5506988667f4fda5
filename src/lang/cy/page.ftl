# Y dudalen ei hun: ei theitl a’i disgrifiad (peiriannau chwilio, tabiau porwr, rhagolwg dolenni),
# y dewis iaith, a negeseuon y llwythwr (src/host/loader.js, index.html), sy’n ymddangos cyn
# i’r teclyn ddechrau neu ar ôl iddo stopio.

page-title = { -product-name }
page-description = Hunanasesiad dienw o ba mor barod yw partneriaeth, ar draws ymrwymiad, diben clir, cydgysylltu, ymddiriedaeth, cyfathrebu a datrys gwrthdaro. Mae’n rhedeg yn eich porwr; nid oes dim yn cael ei anfon i unman.

## Y dewis iaith. Mae enw pob iaith wedi’i ysgrifennu yn yr iaith honno, ym mhob ffeil.

language-switch-label = Iaith
language-name-cy = Cymraeg
language-name-en = English
# Un o’r enwau uchod yw $language (mewn cromfachau, fel nad yw’n treiglo: “y fersiwn Gymraeg”).
language-load-failed = Nid oedd modd llwytho’r fersiwn a ddewisoch chi ({ $language }), felly mae’r dudalen hon wedi aros fel roedd hi. Gwiriwch eich cysylltiad a dewiswch hi eto.
language-load-failed-start = Nid oedd modd llwytho’r fersiwn { $language }, felly mae’r dudalen hon yn Saesneg. Gwiriwch eich cysylltiad, yna dewiswch { $language } uchod i roi cynnig arall arni.

## Negeseuon y llwythwr (src/host/loader.js ac index.html): maen nhw’n ymddangos cyn i’r teclyn ddechrau,
## neu pan fydd wedi stopio. Ni allan nhw ddefnyddio { $variables } heblaw $error.

loader-loading = Wrthi’n llwytho’r { -product-name }…
# $error yw neges dechnegol y porwr ei hun, yn iaith y porwr.
loader-could-not-start = Nid oedd modd dechrau’r { -product-name } yn y porwr hwn nac yn y ffrâm hon. Rhowch gynnig ar ei agor yn ei dab ei hun. ({ $error })
loader-stopped = Mae’n ddrwg gennym, aeth rhywbeth o’i le ac mae’r dudalen hon wedi stopio gweithio.
loader-stopped-detail = Mae popeth sydd eisoes wedi’i gadw yn y porwr hwn yn dal yno. Ail-lwythwch y dudalen i barhau.
loader-reload = Ail-lwytho’r dudalen
loader-noscript = Mae’r { -product-name } yn rhedeg yn eich porwr, ac mae angen i JavaScript a WebAssembly fod wedi’u troi ymlaen.

## Y dudalen ar gyfer cyfeiriad nad yw’n cyfateb i unrhyw ffeil (404.html, wedi’i hysgrifennu wrth
## adeiladu’r teclyn, ym mhob iaith, gyda’r Saesneg yn gyntaf): dolen wedi’i thorri’n fyr neu wedi’i

## Y croeso sydd wedi’i ysgrifennu yn y dudalen, cyn i’r teclyn ddechrau

# Dangosir pan fydd rhywun yn clicio’r croeso sydd wedi’i ysgrifennu yn y dudalen cyn i’r teclyn
# ddechrau (cysylltiad araf): mae’r botymau radio a’r botwm Dechrau neu iaith yn cael eu cadw.
prerender-getting-ready = Arhoswch eiliad: mae’r { -product-name } yn dal i ddechrau. Bydd yr hyn a ddewisoch chi’n cael ei gadw.

## theipio’n anghywir, fel arfer. Testun plaen yn unig.

fallback-title = Heb ddod o hyd i’r dudalen
fallback-heading = Nid oedd modd dod o hyd i’r dudalen hon
fallback-explanation = Efallai fod camgymeriad yn y cyfeiriad, neu ei fod wedi’i dorri’n fyr, neu fod y dudalen wedi symud. Os anfonodd rhywun ddolen i ganlyniad atoch chi, gofynnwch iddyn nhw gopïo’r ddolen gyfan a’i hanfon eto.
fallback-start = Ewch i ddechrau’r { -product-name }

## A view this build leaves out (a site can build the widget without its later pages)

left-out-heading = Nid yw yn y fersiwn hon
left-out-results = Nid yw’r canlyniadau’n cael eu dangos yn y fersiwn hon o’r { -product-name }. Dewisodd y sefydliad a’i rhoddodd ar ei wefan fersiwn hebddynt.
left-out-shared-result = Ni all y fersiwn hon o’r { -product-name } agor canlyniadau a rannwyd. Gofynnwch i’r sawl a anfonodd y ddolen atoch chi rannu ei ganlyniad fel delwedd neu allbrint yn lle hynny.
left-out-comparison = Ni all y fersiwn hon o’r { -product-name } gymharu canlyniadau partneriaid.
left-out-guide = Nid yw’r canllaw i hwyluswyr yn rhan o’r fersiwn hon o’r { -product-name }.
left-out-back = Mynd i’r asesiad

## Rhan ddiweddarach o’r teclyn (y canlyniadau, canlyniad a rannwyd, y gymhariaeth, y canllaw),
## sy’n cael ei nôl pan fydd ei hangen gyntaf; mae’r rhain yn dal ei lle nes iddi gyrraedd.

part-loading = Wrthi’n llwytho’r rhan hon o’r { -product-name }…
part-failed-heading = Nid oedd modd llwytho’r rhan hon o’r { -product-name }
part-failed = Efallai fod y cysylltiad wedi torri. Rhowch gynnig arall arni, neu bydd yn cael ei llwytho eto ohoni’i hun cyn gynted ag y byddwch yn ôl ar-lein. Mae popeth sydd eisoes wedi’i gadw yn y porwr hwn yn dal yno.
part-failed-retry = Rhoi cynnig arall arni
part-updated-heading = Mae’r { -product-name } wedi cael ei ddiweddaru: ail-lwythwch y dudalen i barhau
part-updated = Mae popeth sydd eisoes wedi’i gadw yn y porwr hwn yn dal yno.
part-updated-reload = Ail-lwytho’r dudalen
