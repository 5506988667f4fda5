# The facilitator's guide (the printable #facilitator-guide page). It must print on two A4
# pages: keep a translation about as long as the English. Numbered keys are lists.
# Canllaw’r hwylusydd (y dudalen #facilitator-guide i’w hargraffu). Rhaid iddo argraffu ar ddwy dudalen A4: cadwch y cyfieithiad tua’r un hyd â’r Saesneg. Rhestrau yw’r allweddi â rhifau.

guide-title = Cynnal y Gwiriad Parodrwydd Partneriaeth: canllaw i hwyluswyr
guide-intro = Mae’r canllaw hwn ar gyfer y person sy’n cynnal y gwiriad gyda phartneriaeth gyfan. Mae’r gwiriad yn gweithio orau pan fydd pobl o bob partner yn ateb ar eu pen eu hunain ac yna’n trafod gyda’i gilydd ble mae eu safbwyntiau’n wahanol. Mae’r canlyniadau’n dechrau sgwrs; nid gradd ydyn nhw.

guide-section-1-heading = Pwy ddylai gymryd rhan
guide-section-1-paragraph-1 = Gwahoddwch gymysgedd o rolau o bob sefydliad partner: arweinwyr, rheolwyr a staff rheng flaen. Mae pobl mewn rolau gwahanol yn gweld gwahanol rannau o’r bartneriaeth, ac yn aml y bylchau rhwng eu safbwyntiau yw’r canfyddiad mwyaf defnyddiol.
guide-section-1-paragraph-2 = Anelwch at o leiaf dri pherson o bob partner. Wedyn, pan fydd canlyniadau’n cael eu rhannu fel grŵp, nid oes modd adnabod atebion un person. Gyda dim ond un neu ddau o bobl o bartner, gall pawb ddyfalu canlyniad pwy yw pa un, ac mae pobl yn rhoi’r gorau i ateb yn onest.
guide-section-1-point-1 = Cynhwyswch bobl sydd wedi ymuno’n ddiweddar yn ogystal â’r rhai a sefydlodd y bartneriaeth.
guide-section-1-point-2 = Mae lle i hyd at 12 canlyniad ar un dudalen gymharu. Ar gyfer grŵp mwy, cymharwch gymysgedd o rolau, neu gwnewch un gymhariaeth ar gyfer pob grŵp o bartneriaid.

guide-section-2-heading = Sut i’w gynnal
guide-section-2-paragraph-1 = Anfonwch y ddolen at bawb, gyda dyddiad cau. Mae pawb yn ateb ar eu pen eu hunain, yn eu hamser eu hunain; mae’n cymryd tua { $minutes ->
    [zero] { $minutes } munud
    [one] { $minutes } munud
    [two] { $minutes } funud
    [few] { $minutes } munud
    [many] { $minutes } munud
   *[other] { $minutes } munud
}. Mae’r atebion yn aros ar eu dyfais nhw, ac nid oes dim yn cael ei anfon i unman.
guide-section-2-paragraph-2 = Ar y dechrau, mae pawb yn dweud pa mor bell mae’r bartneriaeth wedi dod. Gall pobl wahanol ddewis cyfnodau gwahanol, ac mae’n werth nodi hynny hefyd.
guide-section-2-point-1 = Ar ôl gorffen, mae pawb yn copïo dolen eu canlyniad ac yn ei hanfon atoch chi. Gofynnwch iddyn nhw roi eu rôl ar y dudalen gyntaf yn hytrach nag yn enw’r canlyniad: wedyn dim ond pan fydd tri neu ragor o bobl yn rhannu rôl y bydd y gymhariaeth yn dangos safbwynt y rôl honno, a byth wrth ymyl un person.
guide-section-2-point-2 = Gludwch y dolenni i’r dudalen gymharu. Mae’n dangos yr holl ganlyniadau ar un siart.
guide-section-2-point-3 = O dan “Trafodwch y rhain yn gyntaf”, mae’n rhestru’r meini prawf lle mae sgoriau pobl 20 pwynt neu fwy ar wahân, y pellaf yn gyntaf. Dechreuwch yno. Pan nad oes unrhyw faen prawf mor bell â hynny ar wahân, mae’n dweud bod eich safbwyntiau’n agos.

guide-section-3-heading = Y sesiwn gymharu
guide-section-3-paragraph-1 = Neilltuwch 60 i 90 munud, gyda phobl o bob partner yn yr ystafell. Dangoswch y siart cymharu, nid canlyniad unrhyw unigolyn.
guide-section-3-point-1 = 5 munud: y rheolau sylfaenol a diben y sesiwn.
guide-section-3-point-2 = 10 munud: edrychwch ar y siart gyda’ch gilydd. Beth sy’n sefyll allan?
guide-section-3-point-3 = 40 i 60 munud: trafodwch y meini prawf o dan “Trafodwch y rhain yn gyntaf” yn eu tro. Defnyddiwch gwestiynau trafod y maen prawf hwnnw: mae canlyniadau a chopi print pob person yn eu rhestru o dan bob maen prawf, ac felly hefyd y gymhariaeth. Gofynnwch pam y gallai pobl ei weld mor wahanol, heb ofyn pwy roddodd ba sgôr.
guide-section-3-point-4 = 5 munud: nodwch a oedd pobl wedi dewis cyfnodau gwahanol ar gyfer y bartneriaeth. Os yw rhai’n meddwl ei bod yn dal i gael ei sefydlu ac eraill yn meddwl ei bod wedi hen ennill ei phlwyf, trafodwch pam.
guide-section-3-point-5 = 10 munud: cytunwch ar ddau neu dri cham gweithredu, pob un â pherson a dyddiad, a dyddiad i’w hadolygu.

guide-section-4-heading = Pan fydd pobl yn ateb “Ddim yn gwybod”
guide-section-4-paragraph-1 = Os oes llawer o atebion “Ddim yn gwybod” mewn maen prawf, mae’n golygu nad yw gwybodaeth yn cyrraedd pobl. Canfyddiad yw hyn, nid methiant ar ran y bobl a atebodd.
guide-section-4-paragraph-2 = Edrychwch pa ddatganiadau gafodd y mwyaf o atebion “Ddim yn gwybod”, a gan bwy. Os nad yw staff rheng flaen yn gwybod sut mae penderfyniadau’n cael eu gwneud, dywedwch wrthyn nhw; peidiwch â gofyn iddyn nhw ddyfalu.
guide-section-4-point-1 = Mae cam gweithredu pob datganiad yn dweud ble i gael gwybod, er enghraifft gan arweinydd y bartneriaeth neu uwch arweinydd.
guide-section-4-point-2 = Gofynnwch pwy sydd â’r wybodaeth sydd ar goll, a chytunwch sut bydd yn cyrraedd pawb.
guide-section-4-point-3 = Gwnewch newid parhaol, fel nodyn byr ar ôl pob cyfarfod neu restr gysylltiadau ar y cyd.

guide-section-5-heading = Pryd i wneud y gwiriad eto
guide-section-5-paragraph-1 = Defnyddiwch y gwiriad tra bo’r bartneriaeth yn cael ei sefydlu, eto ar ôl tua chwe mis, ac yna unwaith y flwyddyn. Gwnewch y gwiriad eto ar ôl newid mawr, fel partner newydd, arweinydd newydd neu gyllid newydd.
guide-section-5-paragraph-2 = Cymharwch bob canlyniad newydd â’r un diwethaf, a gofynnwch beth sydd wedi newid a pham. Mae ail argraffiad y gwiriad yn cadw’r un chwe maen prawf â’r cyntaf, ond mae llawer o’r datganiadau wedi newid. Byddwch yn ofalus wrth gymharu sgoriau meini prawf rhwng argraffiadau, a pheidiwch â chymharu datganiadau unigol.

guide-section-6-heading = Rheolau sylfaenol
guide-section-6-paragraph-1 = Darllenwch y rhain yn uchel ar ddechrau pob sesiwn.
guide-section-6-point-1 = Mae’r atebion yn ddienw. Nid oes rhaid i neb ddweud sut atebodd.
guide-section-6-point-2 = Peidiwch ag enwi pwy ddywedodd beth, yn yr ystafell nac wedyn.
guide-section-6-point-3 = Siaradwch am y bartneriaeth, nid am bobl.
guide-section-6-point-4 = Mae safbwyntiau gwahanol yn ddefnyddiol. Nid yw neb yn anghywir am weld pethau’n wahanol.
guide-section-6-point-5 = Mae’r canlyniadau’n dechrau sgwrs. Nid gradd na thabl cynghrair ydyn nhw.
