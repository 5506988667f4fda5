# The questionnaire: the statements people answer and everything the results say about
# them. Ids are stable: a statement's id (commitment-11) travels in links, so never rename one;
# a reworded statement gets a new id in core/src/questions/bank.json. Numbered keys (-1, -2, ...) are lists:
# every language has the same number of items.
# Yr holiadur: y datganiadau mae pobl yn eu hateb a phopeth mae’r canlyniadau’n ei ddweud amdanyn nhw. Mae’r dynodyddion yn sefydlog (maen nhw’n teithio mewn dolenni), felly peidiwch â’u hailenwi; mae gan restrau (-1, -2, ...) yr un nifer o eitemau ym mhob iaith.

## Y cwestiwn am y cyfnod: pa mor bell mae’r bartneriaeth wedi dod, a’r cyngor ar gyfer y cyfnod hwnnw.

stage-forming-name = Yn dal i gael ei sefydlu (heb ddechrau cydweithio eto)
# Newidiwyd: roedd “i bobl anghytuno” yn golygu pobl yn anghytuno â’i gilydd; ateb “Anghytuno” i
# ddatganiad yw’r ystyr (adolygiad §5.2 rhes 8).
stage-forming-advice = Ar y cyfnod hwn, nid ydych chi wedi cytuno ar lawer o’r pethau hyn eto, felly mae’n arferol ac yn ddefnyddiol ateb “Anghytuno” pan fydd datganiad yn sôn am gytundeb. Darllenwch sgoriau isel fel rhestr o’r pethau i gytuno arnyn nhw gyntaf: y nod, yr arweinydd, y rolau a sut byddwch chi’n gwneud penderfyniadau. Ystyriwch atebion “Ddim yn gwybod” fel pethau i’w hesbonio i bawb yn gynnar.
stage-first-year-name = Wedi bod yn cydweithio am lai na blwyddyn
stage-first-year-advice = Yn y flwyddyn gyntaf, mae’r partneriaid yn dal i ddysgu sut mae’r lleill yn gweithio, ac mae’n cymryd amser i ymddiriedaeth dyfu. Disgwyliwch rai sgoriau yn y band Yn datblygu, a rhowch drefn ar y pethau sylfaenol sy’n dal ar goll. Gwnewch yn siŵr bod pobl y tu hwnt i’r grŵp craidd yn gwybod beth sydd wedi’i gytuno.
stage-one-to-three-name = Wedi bod yn cydweithio am un i dair blynedd
stage-one-to-three-advice = Erbyn hyn dylai’r pethau sylfaenol fod yn eu lle, felly mae sgôr isel yn dangos bod rhywbeth wedi llithro neu na chafodd ei gytuno erioed. Gwnewch yn siŵr bod y nod yn dal i gyd-fynd â’r gwaith. Mae hwn yn amser da i adolygu sut mae’r bartneriaeth yn cael ei rhedeg a sut dylai hi dyfu.
stage-established-name = Wedi bod yn cydweithio am fwy na thair blynedd
# Newidiwyd: “o ran arfer” (adolygiad §5.2 rhes 9).
stage-established-advice = Gall partneriaethau hirsefydlog golli cyfeiriad neu ddal ati o hen arfer. Gall sgôr isel olygu bod pobl, nodau neu anghenion wedi newid ers i chi gytuno gyntaf ar sut i weithio. Defnyddiwch y canlyniad i adnewyddu eich cytundebau, dod â phobl newydd i mewn a gwneud yn siŵr bod y bartneriaeth yn dal i ychwanegu gwerth.

## Pan fydd pob maen prawf yn gryfder

all-strengths-summary = Rydych chi’n gweld partneriaeth sy’n ymrwymedig, yn glir ei diben, yn cael ei rhedeg yn dda, yn ennyn ymddiriedaeth, yn cyfathrebu’n dda ac yn gallu delio ag anghytundeb. Y dasg nawr yw cadw pethau felly.
all-strengths-action-1 = Gwnewch y gwiriad eto ymhen blwyddyn, neu’n gynt ar ôl newid mawr fel partner neu arweinydd newydd.
all-strengths-action-2 = Cymharwch eich canlyniad â chanlyniadau partneriaid eraill i weld a oes unrhyw un yn gweld pethau’n wahanol.
all-strengths-action-3 = Dathlwch yr hyn mae’r bartneriaeth wedi’i gyflawni gyda staff a’r bobl rydych chi’n eu gwasanaethu.
all-strengths-action-4 = Esboniwch i bobl newydd sut mae’r bartneriaeth yn gweithio cyn gynted ag y byddan nhw’n ymuno.

## Ymrwymiad

criterion-commitment-name = Ymrwymiad
criterion-commitment-meaning = Mae eich sefydliad yn rhoi’r amser, y bobl a’r gefnogaeth sydd eu hangen ar y bartneriaeth.

# Rhes 10: “cyfrannu at” yw’r arddodiad arferol. Mae’r Saesneg heb newid, felly mae’r dynodydd
# yn aros (commitment-11): yr un cwestiwn ydyw.
statement-commitment-11 = Mae fy sefydliad i wedi dweud yn glir beth y bydd yn ei gyfrannu at y bartneriaeth.
statement-commitment-11-action = { $role ->
    [lead] Nodwch yn ysgrifenedig beth y bydd eich sefydliad yn ei roi i’r bartneriaeth o ran staff, amser ac arian, a rhannwch hynny â’r partneriaid.
    [manager] Holwch pa staff, amser ac arian mae eich sefydliad wedi’u haddo i’r bartneriaeth, a gofynnwch am gael hynny yn ysgrifenedig.
   *[staff] Holwch pa staff, amser ac arian mae eich sefydliad wedi’u haddo i’r bartneriaeth, a gofynnwch am gael hynny yn ysgrifenedig.
}
statement-commitment-6 = Mae fy sefydliad i wedi neilltuo digon o amser staff ar gyfer y bartneriaeth.
statement-commitment-6-action = { $role ->
    [lead] Gwiriwch faint o amser staff mae eich sefydliad yn ei roi i’r bartneriaeth, a rhyddhewch fwy os yw’n rhy ychydig.
    [manager] Gwiriwch faint o amser staff mae eich sefydliad yn ei roi i’r bartneriaeth, a rhyddhewch fwy os yw’n rhy ychydig.
   *[staff] Holwch faint o amser sydd wedi’i neilltuo ar gyfer gwaith y bartneriaeth, a dywedwch os yw’n rhy ychydig.
}
statement-commitment-7 = Mae’r bobl sy’n cynrychioli fy sefydliad i yn y bartneriaeth yn gallu gwneud penderfyniadau ar ei ran.
statement-commitment-7-action = { $role ->
    [lead] Cytunwch pa benderfyniadau y gall cynrychiolwyr eich sefydliad eu gwneud heb holi’n gyntaf, a nodwch nhw’n ysgrifenedig.
    [manager] Holwch beth mae cynrychiolwyr eich sefydliad yn gallu cytuno iddo heb holi’n gyntaf, a chodwch unrhyw fylchau gydag uwch arweinydd.
   *[staff] Holwch beth mae cynrychiolwyr eich sefydliad yn gallu cytuno iddo heb holi’n gyntaf, a chodwch unrhyw fylchau gydag uwch arweinydd.
}
statement-commitment-9 = Rwy’n gallu gweld bod uwch arweinwyr fy sefydliad i yn cefnogi’r bartneriaeth hon.
statement-commitment-9-action = { $role ->
    [lead] Cytunwch ag uwch arweinwyr eich sefydliad sut byddan nhw’n dangos i staff eu bod yn cefnogi’r bartneriaeth.
    [manager] Gofynnwch i uwch arweinydd ddweud wrth staff pam mae’r bartneriaeth yn bwysig i’ch sefydliad.
   *[staff] Gofynnwch i uwch arweinydd ddweud wrth staff pam mae’r bartneriaeth yn bwysig i’ch sefydliad.
}
# Yn lle statement-commitment-13.
statement-commitment-14 = Rydw i wedi clywed arweinwyr fy sefydliad i’n dweud pa wahaniaeth ddylai’r bartneriaeth hon ei wneud i fywydau pobl.
statement-commitment-14-action = { $role ->
    [lead] Dywedwch wrth staff pa wahaniaeth mae eich sefydliad eisiau i’r bartneriaeth ei wneud i fywydau pobl, nid dim ond yr arian a ddaw yn ei sgil.
    [manager] Holwch pa wahaniaeth mae eich sefydliad eisiau i’r bartneriaeth ei wneud i fywydau pobl, a rhannwch hynny â chydweithwyr.
   *[staff] Holwch pa wahaniaeth mae eich sefydliad eisiau i’r bartneriaeth ei wneud i fywydau pobl, a rhannwch hynny â chydweithwyr.
}
statement-commitment-12 = Mae fy sefydliad i’n fodlon rhoi amser i’r bartneriaeth ddatblygu cyn disgwyl canlyniadau.
statement-commitment-12-action = { $role ->
    [lead] Cytunwch â’r partneriaid ar ddyddiad realistig ar gyfer y canlyniadau cyntaf, ac esboniwch i’ch sefydliad pam mae gwaith ar y cyd yn cymryd mwy o amser.
    [manager] Holwch pryd mae eich sefydliad yn disgwyl canlyniadau, a dywedwch os yw hynny’n ymddangos yn rhy fuan ar gyfer gwaith ar y cyd.
   *[staff] Holwch pryd mae eich sefydliad yn disgwyl canlyniadau, a dywedwch os yw hynny’n ymddangos yn rhy fuan ar gyfer gwaith ar y cyd.
}
# Newydd.
statement-commitment-15 = Mae fy sefydliad i’n ystyried yr amser a dreulir ar waith partneriaeth yn rhan o swyddi pobl.
statement-commitment-15-action = { $role ->
    [lead] Gwnewch yn siŵr bod gwaith partneriaeth yn cyfrif yn llwyth gwaith ac arfarniadau staff eich sefydliad.
    [manager] Gwnewch yn siŵr bod gwaith partneriaeth yn cyfrif yn llwyth gwaith ac arfarniadau staff eich sefydliad.
   *[staff] Gofynnwch i’r amser rydych chi’n ei dreulio ar waith partneriaeth gyfrif yn eich llwyth gwaith ac yn eich arfarniad.
}

guidance-commitment-strength-summary = Mae eich sefydliad yn cefnogi’r bartneriaeth hon ag amser, awdurdod a chefnogaeth uwch arweinwyr. Diogelwch y gefnogaeth honno wrth i bobl, cyllidebau a blaenoriaethau newid.
guidance-commitment-strength-action-1 = Pan fydd pobl yn newid, esboniwch hanes a nodau’r bartneriaeth i gynrychiolwyr ac arweinwyr newydd.
guidance-commitment-strength-action-2 = Diolchwch yn gyhoeddus i bob partner am yr amser, y staff a’r adnoddau mae’n eu rhoi.
guidance-commitment-developing-summary = Mae eich sefydliad yn cymryd rhan, ond gall ei gefnogaeth fod yn anghyson neu ddibynnu ar ychydig o bobl frwd. Gwnewch y gefnogaeth yn gadarnach, a’i rhannu ymhlith mwy o bobl.
guidance-commitment-developing-action-1 = Gofynnwch i bob partner enwi’r staff, yr amser a’r adnoddau y bydd yn eu rhoi dros y chwe mis nesaf.
guidance-commitment-developing-action-2 = Cytunwch ar ba benderfyniadau y gall pob person sy’n siarad ar ran partner eu gwneud heb holi’n ôl gyntaf.
guidance-commitment-developing-action-3 = Cytunwch ar ba benderfyniadau mae pob partner yn eu cadw iddo’i hun, fel nad oes neb yn ofni colli rheolaeth ar ei waith ei hun.
guidance-commitment-priority-summary = Efallai nad yw eich sefydliad yn rhoi’r amser, yr awdurdod na’r gefnogaeth sydd eu hangen ar y bartneriaeth eto. Datryswch hyn yn gyntaf, oherwydd mae pob cam arall yn dibynnu arno.
guidance-commitment-priority-action-1 = Cynhaliwch sgwrs onest lle mae pob partner yn dweud pam mae’n rhan o’r bartneriaeth a beth mae eisiau ei gael ohoni.
guidance-commitment-priority-action-2 = Gofynnwch i uwch arweinwyr pob partner gadarnhau yn ysgrifenedig y bobl, yr amser a’r awdurdod y byddan nhw’n eu rhoi.
guidance-commitment-priority-action-3 = Pennwch amserlenni realistig sy’n caniatáu dechrau araf, pan fydd gan bobl y lleiaf o amser i’w roi.
guidance-commitment-priority-action-4 = Gwnewch yn siŵr bod y bartneriaeth yn fwy na blwch i’w dicio ar gyfer cyllidwr neu reol.

discussion-commitment-1 = Pe bai’r cyllid yn dod i ben yfory, pa rai ohonon ni fyddai’n dal eisiau cydweithio, a pham?
discussion-commitment-2 = Beth all pob un o’n cynrychiolwyr ei benderfynu yn y fan a’r lle, a beth sy’n gorfod mynd yn ôl at ein sefydliadau?
discussion-commitment-3 = Beth mae pob un ohonon ni’n ofni ei golli drwy gydweithio, a sut gallwn ni ei ddiogelu?

## Diben clir

criterion-clarity-name = Diben clir
criterion-clarity-meaning = Mae pawb yn gwybod beth yw diben y bartneriaeth, pwy mae hi i fod i’w helpu, a beth mae hi’n ei ychwanegu.

# Yn lle statement-clarity-6.
statement-clarity-13 = Mae’r partneriaid wedi cytuno ar ddiben y bartneriaeth hon.
statement-clarity-13-action = { $role ->
    [lead] Cytunwch â’r holl bartneriaid, mewn un neu ddwy frawddeg, beth yw diben y bartneriaeth, a nodwch hynny’n ysgrifenedig.
    [manager] Gofynnwch am nod y bartneriaeth y cytunwyd arno, ac os nad oes un, gofynnwch i’r partneriaid gytuno ar un.
   *[staff] Gofynnwch am nod y bartneriaeth y cytunwyd arno, ac os nad oes un, gofynnwch i’r partneriaid gytuno ar un.
}
statement-clarity-2 = Gallwn i esbonio prif nod y bartneriaeth i gydweithiwr mewn ychydig eiriau.
statement-clarity-2-action = { $role ->
    [lead] Ysgrifennwch grynodeb un frawddeg o’r nod, gofynnwch i’r partneriaid ei gadarnhau, a rhannwch ef â’r holl staff.
    [manager] Gofynnwch am grynodeb un frawddeg o nod y bartneriaeth y gallwch chi ei rannu â chydweithwyr.
   *[staff] Gofynnwch am grynodeb un frawddeg o nod y bartneriaeth y gallwch chi ei rannu â chydweithwyr.
}
# Yn lle statement-clarity-10.
statement-clarity-14 = Rwy’n gwybod pwy mae’r bartneriaeth hon i fod i’w helpu.
statement-clarity-14-action = { $role ->
    [lead] Cytunwch â’r partneriaid pwy mae’r bartneriaeth i fod i’w helpu, a dywedwch hynny yn ei nod.
    [manager] Holwch pwy mae’r bartneriaeth i fod i’w helpu, a gofynnwch am ysgrifennu hynny yn ei nod.
   *[staff] Holwch pwy mae’r bartneriaeth i fod i’w helpu, a gofynnwch am ysgrifennu hynny yn ei nod.
}
statement-clarity-9 = Rwy’n gallu enwi un peth y gallwn ni ei wneud gyda’n gilydd na allai unrhyw bartner ei wneud ar ei ben ei hun.
statement-clarity-9-action = { $role ->
    [lead] Cytunwch â’r partneriaid ar un peth y gall y bartneriaeth ei wneud na allai unrhyw bartner ei wneud ar ei ben ei hun, a dywedwch wrth staff.
    [manager] Holwch beth mae’r bartneriaeth yn ei wneud yn bosibl na allai unrhyw bartner ei wneud ar ei ben ei hun.
   *[staff] Holwch beth mae’r bartneriaeth yn ei wneud yn bosibl na allai unrhyw bartner ei wneud ar ei ben ei hun.
}
statement-clarity-11 = Mae’r hyn mae’r bartneriaeth yn bwriadu ei wneud yn cyd-fynd â gwerthoedd fy sefydliad i.
statement-clarity-11-action = { $role ->
    [lead] Cymharwch gynlluniau’r bartneriaeth â gwerthoedd eich sefydliad, a soniwch wrth y partneriaid yn gynnar am unrhyw anghysondeb.
    [manager] Holwch sut mae cynlluniau’r bartneriaeth yn cyd-fynd â gwerthoedd eich sefydliad, a soniwch wrth uwch arweinydd am unrhyw anghysondeb.
   *[staff] Holwch sut mae cynlluniau’r bartneriaeth yn cyd-fynd â gwerthoedd eich sefydliad, a soniwch wrth uwch arweinydd am unrhyw anghysondeb.
}
statement-clarity-12 = Rwy’n gallu gweld sut mae’r gwaith mae’r bartneriaeth wedi’i gynllunio yn cysylltu â’i phrif nod.
statement-clarity-12-hint = Os nad oes gwaith wedi’i gynllunio eto, dewiswch “Ddim yn gwybod”.
statement-clarity-12-action = { $role ->
    [lead] Dangoswch pa ran o’r nod mae pob darn o waith y bartneriaeth yn ei gwasanaethu, a rhowch saib ar waith nad yw’n gwasanaethu unrhyw ran.
    [manager] Gofynnwch am i bob darn o waith y bartneriaeth ddangos pa ran o’r nod mae’n ei gwasanaethu.
   *[staff] Gofynnwch am i bob darn o waith y bartneriaeth ddangos pa ran o’r nod mae’n ei gwasanaethu.
}

guidance-clarity-strength-summary = Mae gan eich partneriaeth nod y cytunwyd arno y gall pobl ei esbonio a’i gysylltu â’u gwaith. Cadwch y nod mewn golwg er mwyn iddo aros yn glir wrth i bethau newid.
guidance-clarity-strength-action-1 = Dechreuwch bob cyfarfod drwy gysylltu’r agenda â’r nod y cytunwyd arno.
guidance-clarity-strength-action-2 = Edrychwch eto ar y nod unwaith y flwyddyn, a dim ond ei newid pan fydd yr holl bartneriaid yn cytuno.
guidance-clarity-developing-summary = Mae’r partneriaid yn rhannu nod yn fras, ond efallai fod pobl yn ei ddeall yn wahanol neu’n ei golli o’u golwg. Gwnewch y nod yn gliriach, a gwnewch yn siŵr bod pawb yn ei ddeall yn yr un ffordd.
guidance-clarity-developing-action-1 = Ysgrifennwch y nod mewn un neu ddwy frawddeg syml a gofynnwch i bob partner ei gadarnhau.
guidance-clarity-developing-action-2 = Cytunwch a yw’r bartneriaeth ar gyfer un prosiect neu ar gyfer y tymor hir.
guidance-clarity-developing-action-3 = Cymharwch y gwaith presennol â’r nod, a rhowch saib ar unrhyw beth nad yw’n ei wasanaethu mwyach.
guidance-clarity-developing-action-4 = Nodwch yn ysgrifenedig beth mae’r bartneriaeth yn ei ychwanegu na allai unrhyw bartner ei wneud ar ei ben ei hun, a rhannwch hynny â staff.
guidance-clarity-priority-summary = Nid yw’r partneriaid wedi cytuno ar nod clir eto, felly gallen nhw dynnu i gyfeiriadau gwahanol neu ddim ond gweithio ochr yn ochr. Cytunwch ar ddiben y bartneriaeth cyn ymgymryd â rhagor o waith.
guidance-clarity-priority-action-1 = Cynhaliwch sesiwn gynllunio gyda’r holl bartneriaid i gytuno ar y nod ac ar yr hyn a ddylai newid i bobl leol.
guidance-clarity-priority-action-2 = Gofynnwch i bob partner beth mae partneriaeth yn ei olygu iddo a beth mae’n gobeithio ei ennill, yna adeiladwch ar y tir cyffredin.
guidance-clarity-priority-action-3 = Cofnodwch y nod, y gwerthoedd a’r newid rydych chi’n disgwyl ei weld mewn cytundeb byr y mae pob partner yn ei lofnodi.
guidance-clarity-priority-action-4 = Gwnewch yn siŵr bod y nod yn ymwneud â bywydau pobl, nid dim ond ag arbed arian.

discussion-clarity-1 = Mewn un frawddeg, beth yw diben y bartneriaeth hon, a pha mor agos yw ein hatebion?
discussion-clarity-2 = Beth allwn ni ei gyflawni gyda’n gilydd na allai’r un ohonon ni ei gyflawni ar ei ben ei hun?
discussion-clarity-3 = Pa rai o’n gweithgareddau presennol fydden ni’n rhoi’r gorau iddyn nhw pe baen ni’n dechrau o’r newydd?

## Cydgysylltu

criterion-coordination-name = Cydgysylltu
criterion-coordination-meaning = Mae rhywun yn arwain y gwaith, ac rydych chi’n gwybod pwy sy’n gwneud beth, sut mae’r partneriaid yn penderfynu a sut maen nhw’n gwirio cynnydd.

# Yn lle statement-coordination-1 (roedd “arweinydd penodol” yn groes i “wedi’i enwi” mewn
# mannau eraill; does dim angen y naill na’r llall bellach).
statement-coordination-13 = Rwy’n gwybod pwy sy’n arwain gwaith y bartneriaeth.
statement-coordination-13-action = { $role ->
    [lead] Cytunwch â’r partneriaid pwy sy’n arwain gwaith y bartneriaeth, a dywedwch wrth staff ym mhob partner.
    [manager] Holwch pwy sy’n arwain gwaith y bartneriaeth, ac os nad oes neb, gofynnwch i’r partneriaid gytuno ar arweinydd.
   *[staff] Holwch pwy sy’n arwain gwaith y bartneriaeth, ac os nad oes neb, gofynnwch i’r partneriaid gytuno ar arweinydd.
}
statement-coordination-9 = Rwy’n gwybod am beth mae fy sefydliad i’n gyfrifol yn y bartneriaeth hon.
statement-coordination-9-action = { $role ->
    [lead] Ysgrifennwch nodyn byr o’r hyn mae pob partner yn gyfrifol amdano, a rhannwch ef â’r holl staff.
    [manager] Gofynnwch am nodyn byr o’r hyn mae eich sefydliad a phob partner arall yn gyfrifol amdano.
   *[staff] Gofynnwch am nodyn byr o’r hyn mae eich sefydliad a phob partner arall yn gyfrifol amdano.
}
statement-coordination-10 = Rwy’n gwybod beth mae gwaith y bartneriaeth yn ei gynnwys, a beth sydd y tu allan iddo.
statement-coordination-10-action = { $role ->
    [lead] Cytunwch â’r partneriaid beth mae’r gwaith yn ei gynnwys a beth sydd y tu allan iddo, a rhannwch nodyn byr.
    [manager] Gofynnwch am nodyn byr o’r hyn mae gwaith y bartneriaeth yn ei gynnwys a beth sydd y tu allan iddo.
   *[staff] Gofynnwch am nodyn byr o’r hyn mae gwaith y bartneriaeth yn ei gynnwys a beth sydd y tu allan iddo.
}
statement-coordination-6 = Rwy’n gwybod sut mae’r bartneriaeth yn gwneud ei phenderfyniadau.
statement-coordination-6-action = { $role ->
    [lead] Ysgrifennwch nodyn syml o sut mae’r bartneriaeth yn gwneud penderfyniadau a phwy sy’n eu gwneud, a rhannwch ef.
    [manager] Gofynnwch am nodyn syml o sut mae’r bartneriaeth yn gwneud penderfyniadau a phwy sy’n eu gwneud.
   *[staff] Gofynnwch am nodyn syml o sut mae’r bartneriaeth yn gwneud penderfyniadau a phwy sy’n eu gwneud.
}
statement-coordination-11 = Mae cynlluniau’r bartneriaeth yn defnyddio’r hyn mae fy sefydliad i’n ei wneud orau.
statement-coordination-11-hint = Os nad oes cynlluniau eto, neu os nad ydych chi wedi’u gweld nhw, dewiswch “Ddim yn gwybod”.
statement-coordination-11-action = { $role ->
    [lead] Gofynnwch i bob partner beth mae’n ei wneud orau, a lluniwch y cynlluniau o gwmpas hynny.
    [manager] Dywedwch wrth bwy bynnag sy’n cynllunio gwaith y bartneriaeth beth mae eich sefydliad yn ei wneud orau a ble gallai helpu.
   *[staff] Dywedwch wrth bwy bynnag sy’n cynllunio gwaith y bartneriaeth beth mae eich sefydliad yn ei wneud orau a ble gallai helpu.
}
# Newydd, yn lle statement-coordination-12.
statement-coordination-14 = Rwy’n gwybod sut bydd y bartneriaeth yn gwirio bod ei gwaith yn gwneud gwahaniaeth.
statement-coordination-14-action = { $role ->
    [lead] Cytunwch â’r partneriaid sut byddwch chi’n gwirio bod y gwaith yn gwneud gwahaniaeth, a phennwch ddyddiad i adolygu hynny.
    [manager] Holwch sut bydd y bartneriaeth yn gwirio bod ei gwaith yn gwneud gwahaniaeth, a phryd bydd yn adolygu hynny nesaf.
   *[staff] Holwch sut bydd y bartneriaeth yn gwirio bod ei gwaith yn gwneud gwahaniaeth, a phryd bydd yn adolygu hynny nesaf.
}
# Newydd.
statement-coordination-15 = Rwy’n gwybod pa dystiolaeth am anghenion lleol mae’r bartneriaeth yn ei defnyddio i gynllunio ei gwaith.
statement-coordination-15-action = { $role ->
    [lead] Casglwch yr hyn mae pob partner yn ei wybod am anghenion lleol, gan gynnwys gan staff rheng flaen, a seiliwch y cynlluniau ar hynny.
    [manager] Holwch pa wybodaeth am anghenion lleol sydd y tu ôl i gynlluniau’r bartneriaeth, a rhannwch yr hyn rydych chi’n ei weld yn eich gwaith.
   *[staff] Holwch pa wybodaeth am anghenion lleol sydd y tu ôl i gynlluniau’r bartneriaeth, a rhannwch yr hyn rydych chi’n ei weld yn eich gwaith.
}

guidance-coordination-strength-summary = Mae eich partneriaeth yn cael ei llywio’n dda, gyda rolau clir, penderfyniadau clir a chynlluniau sy’n defnyddio cryfderau pob partner. Cadwch y strwythur yn ysgafn fel ei fod yn helpu’r gwaith i symud yn hytrach na’i arafu.
guidance-coordination-strength-action-1 = Cynlluniwch sut bydd yr arweinyddiaeth yn cael ei throsglwyddo os bydd yr arweinydd presennol yn gadael.
guidance-coordination-strength-action-2 = Diweddarwch y cofnod o’r rolau a phwy sy’n gyfrifol am bob tasg pan fydd partner neu gynrychiolydd yn newid.
guidance-coordination-strength-action-3 = Defnyddiwch bob adolygiad i gytuno sut dylai’r bartneriaeth dyfu: partneriaid newydd, gwaith newydd neu ddiwedd wedi’i gynllunio.
guidance-coordination-developing-summary = Mae’r pethau sylfaenol yn eu lle, ond mae rhai rolau, ffiniau neu benderfyniadau yn aneglur. Gwnewch nhw’n gliriach cyn i fylchau neu orgyffwrdd achosi tensiwn.
guidance-coordination-developing-action-1 = Lluniwch siart un dudalen o rôl pob partner a ffiniau ei ddyletswyddau.
guidance-coordination-developing-action-2 = Cadwch gofnod camau gweithredu ar y cyd, gydag un person cyfrifol a dyddiad cwblhau ar gyfer pob tasg.
guidance-coordination-developing-action-3 = Ysgrifennwch nodyn byr o sut mae’r bartneriaeth yn cael ei rhedeg: pwy sy’n penderfynu beth, a sut.
guidance-coordination-developing-action-4 = Chwiliwch am adnoddau y gallai’r partneriaid eu cyfuno, fel staff, ystafelloedd, hyfforddiant neu ddata.
guidance-coordination-priority-summary = Nid oes neb yn amlwg yn llywio’r bartneriaeth, neu nid yw pobl yn siŵr pwy sy’n gwneud beth a sut mae penderfyniadau’n cael eu gwneud. Rhowch strwythur syml ar waith yn gyntaf, fel nad yw ymdrech yn cael ei gwastraffu na’i hailadrodd.
guidance-coordination-priority-action-1 = Cytunwch ar bwy fydd yn arwain y bartneriaeth, a rhowch ddigon o amser i’r rôl honno wneud y gwaith.
guidance-coordination-priority-action-2 = Nodwch gwmpas y bartneriaeth yn ysgrifenedig, gan gynnwys beth sydd y tu allan iddo.
guidance-coordination-priority-action-3 = Mapiwch yr hyn mae pob partner eisoes yn ei wneud yn lleol, er mwyn gweld lle mae gorgyffwrdd a bylchau.
guidance-coordination-priority-action-4 = Rhestrwch beth mae pob partner yn ei wneud orau, a rhannwch y gwaith yn unol â hynny.

discussion-coordination-1 = Pwy mae pob un ohonon ni’n meddwl sy’n llywio’r bartneriaeth hon, ac a yw ein hatebion yn cyfateb?
discussion-coordination-2 = Ble mae ein rolau’n gorgyffwrdd, a ble mae gwaith yn disgyn rhwng dwy stôl?
discussion-coordination-3 = Ble rydyn ni eisiau i’r bartneriaeth hon fod ymhen dwy flynedd?

## Ymddiriedaeth

criterion-trust-name = Ymddiriedaeth
criterion-trust-meaning = Rydych chi’n credu y gall y bartneriaeth lwyddo, mae’r partneriaid yn cadw eu gair, ac mae eich sefydliad yn cael ei drin yn deg.

statement-trust-6 = Rwy’n credu y gall y bartneriaeth hon gyflawni’r hyn mae wedi bwriadu ei wneud.
statement-trust-6-action = { $role ->
    [lead] Gofynnwch i’r partneriaid brofi’r cynllun gyda’i gilydd: beth sy’n gorfod mynd yn iawn, a beth allai ei rwystro?
    [manager] Dywedwch yn y bartneriaeth beth sy’n eich gwneud yn ansicr am y cynllun, er mwyn i’r partneriaid allu ei brofi gyda’i gilydd.
   *[staff] Dywedwch yn y bartneriaeth beth sy’n eich gwneud yn ansicr am y cynllun, er mwyn i’r partneriaid allu ei brofi gyda’i gilydd.
}
# Yn lle statement-trust-7.
statement-trust-11 = Hyd yma, mae pob partner rydw i wedi delio ag ef wedi gwneud yr hyn a ddywedodd y byddai’n ei wneud.
statement-trust-11-hint = Os nad ydych chi wedi delio â phartner arall eto, dewiswch “Ddim yn gwybod”.
statement-trust-11-action = { $role ->
    [lead] Gwiriwch y camau gweithredu y cytunwyd arnyn nhw ym mhob cyfarfod, a siaradwch yn uniongyrchol ag unrhyw bartner sy’n methu cadw ei addewidion.
    [manager] Nodwch unrhyw addewid na chafodd ei gadw, codwch y mater, a gofynnwch am wirio’r camau gweithredu y cytunwyd arnyn nhw ym mhob cyfarfod.
   *[staff] Nodwch unrhyw addewid na chafodd ei gadw, codwch y mater, a gofynnwch am wirio’r camau gweithredu y cytunwyd arnyn nhw ym mhob cyfarfod.
}
statement-trust-8 = Yn y cyfarfodydd rwy’n mynd iddyn nhw, mae pobl yn siarad yn onest am faterion anodd.
statement-trust-8-hint = Os nad ydych chi’n mynd i gyfarfodydd y bartneriaeth, neu os nad oes dim byd anodd wedi codi eto, dewiswch “Ddim yn gwybod”.
statement-trust-8-action = { $role ->
    [lead] Neilltuwch amser ym mhob cyfarfod i bobl ddweud beth sydd ddim yn mynd yn dda, a diolchwch iddyn nhw am wneud hynny.
    [manager] Gofynnwch am eitem reolaidd mewn cyfarfodydd lle gall pobl ddweud beth sydd ddim yn mynd yn dda.
   *[staff] Gofynnwch am eitem reolaidd mewn cyfarfodydd lle gall pobl ddweud beth sydd ddim yn mynd yn dda.
}
statement-trust-9 = Rwy’n gallu dweud beth mae fy sefydliad i’n debygol o’i ennill o’r bartneriaeth hon.
statement-trust-9-action = { $role ->
    [lead] Nodwch yn ysgrifenedig beth mae eich sefydliad yn gobeithio ei ennill o’r bartneriaeth, a rhannwch hynny â staff.
    [manager] Holwch beth mae eich sefydliad yn gobeithio ei ennill o’r bartneriaeth, a rhannwch yr ateb â chydweithwyr.
   *[staff] Holwch beth mae eich sefydliad yn gobeithio ei ennill o’r bartneriaeth, a rhannwch yr ateb â chydweithwyr.
}
statement-trust-10 = Mae gan fy sefydliad i lais teg ym mhenderfyniadau’r bartneriaeth.
statement-trust-10-hint = Os nad oes penderfyniadau wedi’u gwneud eto, neu os na allwch chi weld sut maen nhw’n cael eu gwneud, dewiswch “Ddim yn gwybod”.
statement-trust-10-action = { $role ->
    [lead] Gofynnwch i’r partneriaid a oes gan bob un ohonyn nhw lais teg yn y penderfyniadau, a chytunwch ar newidiadau lle nad oes.
    [manager] Holwch sut mae barn eich sefydliad yn cyrraedd y penderfyniadau, a chodwch y mater os yw’n cael ei hanwybyddu.
   *[staff] Holwch sut mae barn eich sefydliad yn cyrraedd y penderfyniadau, a chodwch y mater os yw’n cael ei hanwybyddu.
}
# Newydd.
statement-trust-12 = Nid oes disgwyl i’m sefydliad i wneud mwy na’i gyfran deg o waith y bartneriaeth.
statement-trust-12-action = { $role ->
    [lead] Rhestrwch pwy sy’n gwneud pa dasgau partneriaeth, a rhannwch y gwaith eto lle mae un partner yn cario gormod.
    [manager] Nodwch y tasgau partneriaeth mae eich sefydliad yn ymgymryd â nhw, a chodwch y mater os yw eich cyfran yn ymddangos yn annheg.
   *[staff] Nodwch y tasgau partneriaeth mae eich sefydliad yn ymgymryd â nhw, a chodwch y mater os yw eich cyfran yn ymddangos yn annheg.
}

guidance-trust-strength-summary = Rydych chi’n ymddiried yn y bartneriaeth: mae’r partneriaid yn cadw eu gair, yn siarad yn onest ac yn rhoi llais teg i’ch sefydliad. Gofalwch am yr ymddiriedaeth honno, oherwydd mae’n araf i’w meithrin ac yn hawdd ei cholli.
guidance-trust-strength-action-1 = Rhowch glod i ran pob partner bob tro mae’r bartneriaeth yn sôn am lwyddiant.
guidance-trust-strength-action-2 = Dywedwch wrth y partneriaid yn gynnar pan na all eich sefydliad gadw addewid, a chytunwch gyda’ch gilydd beth fydd yn digwydd nesaf.
guidance-trust-developing-summary = Mae ewyllys da, ond nid yw’r ymddiriedaeth yn gadarn eto ar bob mater nac i bob partner. Meithrinwch hi drwy gyflawni’n ddibynadwy a siarad yn blaen.
guidance-trust-developing-action-1 = Gwiriwch yn agored ym mhob cyfarfod a yw’r addewidion y cytunwyd arnyn nhw wedi’u cadw.
guidance-trust-developing-action-2 = Gofynnwch i bob partner beth mae ei angen o’r bartneriaeth, ac a yw’n ei gael.
guidance-trust-developing-action-3 = Adolygwch sut mae’r gwaith a’r clod yn cael eu rhannu, fel nad oes unrhyw bartner yn cario’r baich ar ei ben ei hun.
guidance-trust-developing-action-4 = Cytunwch sut bydd y partneriaid yn rhannu’r risg os bydd gwaith ar y cyd yn mynd o chwith.
guidance-trust-priority-summary = Mae’r ymddiriedaeth yn isel: efallai fod pobl yn amau a fydd y partneriaid yn cyflawni, neu’n teimlo bod eu sefydliad yn cael ei ddefnyddio neu ei anwybyddu. Ymdriniwch â hyn yn agored cyn gofyn i’r partneriaid wneud rhagor gyda’i gilydd.
guidance-trust-priority-action-1 = Cynhaliwch gyfarfod, dan arweiniad rhywun niwtral, lle mae pob partner yn dweud beth sydd wedi niweidio’r ymddiriedaeth a beth fyddai’n ei hailadeiladu.
guidance-trust-priority-action-2 = Lluniwch gytundeb byr sy’n nodi beth mae pob partner yn ei roi a beth mae’n ei gael yn ôl.
guidance-trust-priority-action-3 = Dechreuwch gydag ychydig o addewidion bach ar y cyd y gall y partneriaid eu cadw, a gwnewch yn siŵr eu bod yn cael eu cadw.
guidance-trust-priority-action-4 = Cytunwch yn ysgrifenedig pwy sy’n atebol am beth os bydd rhywbeth yn mynd o chwith.

discussion-trust-1 = Beth mae pob un ohonon ni’n ei gael o’r bartneriaeth hon, ac a yw’n ddigon i’n cadw ni’n rhan ohoni?
discussion-trust-2 = A oes unrhyw bartner wedi teimlo ei fod wedi cael ei ddefnyddio neu ei anwybyddu, a beth oedd yr achos?
discussion-trust-3 = Pa risgiau rydyn ni’n eu cymryd dros ein gilydd, ac a ydyn ni’n fodlon â nhw?

## Cyfathrebu

criterion-communication-name = Cyfathrebu
criterion-communication-meaning = Mae pawb sydd angen gwybod yn cael gwybod, o fewn y bartneriaeth ac ymhlith y bobl mae hi i fod i’w helpu.

statement-communication-3 = Rwy’n cael y newyddion diweddaraf am waith y bartneriaeth.
statement-communication-3-action = { $role ->
    [lead] Gofynnwch i staff ym mhob partner pa ddiweddariadau sydd eu hangen arnyn nhw, ac anfonwch ddiweddariad byr yn rheolaidd.
    [manager] Gofynnwch am gael diweddariadau’r bartneriaeth, a dywedwch pa rai sydd eu hangen arnoch chi ac ym mha ffurf.
   *[staff] Gofynnwch am gael diweddariadau’r bartneriaeth, a dywedwch pa rai sydd eu hangen arnoch chi ac ym mha ffurf.
}
# Yn lle statement-communication-10 (adolygiad §5.2 rhes 17).
statement-communication-11 = Mae’r cyfarfodydd partneriaeth rydw i’n mynd iddyn nhw yn ddefnydd da o fy amser.
statement-communication-11-hint = Os nad ydych chi’n mynd i gyfarfodydd y bartneriaeth, dewiswch “Ddim yn gwybod”.
statement-communication-11-action = { $role ->
    [lead] Adolygwch y cyfarfodydd gyda’r partneriaid. Os nad yw cyfarfod yn ddefnydd da o amser, rhowch y gorau iddo, byrhewch ef neu rhowch ddiweddariad ysgrifenedig yn ei le.
    [manager] Dywedwch pa gyfarfodydd partneriaeth a allai fod yn fyrrach, yn llai aml neu gael diweddariad ysgrifenedig yn eu lle.
   *[staff] Dywedwch pa gyfarfodydd partneriaeth a allai fod yn fyrrach, yn llai aml neu gael diweddariad ysgrifenedig yn eu lle.
}
statement-communication-5 = Rwy’n gwybod â phwy i gysylltu ym mhob sefydliad partner.
statement-communication-5-action = { $role ->
    [lead] Cadwch restr gysylltiadau ar y cyd, gydag un person cyswllt wedi’i enwi ym mhob partner, ac anfonwch hi at yr holl staff.
    [manager] Gofynnwch am restr gysylltiadau ar y cyd, gydag un person cyswllt wedi’i enwi ym mhob partner.
   *[staff] Gofynnwch am restr gysylltiadau ar y cyd, gydag un person cyswllt wedi’i enwi ym mhob partner.
}
# Yn lle statement-communication-7.
statement-communication-12 = Rwy’n gwybod pa wybodaeth mae’r partneriaid wedi cytuno i’w rhannu â’i gilydd.
statement-communication-12-action = { $role ->
    [lead] Cytunwch â’r partneriaid pa wybodaeth y byddan nhw’n ei rhannu a sut, a dywedwch wrth staff ym mhob partner.
    [manager] Holwch pa wybodaeth mae’r partneriaid wedi cytuno i’w rhannu, a sut gallwch chi ei chael pan fydd ei hangen arnoch chi.
   *[staff] Holwch pa wybodaeth mae’r partneriaid wedi cytuno i’w rhannu, a sut gallwch chi ei chael pan fydd ei hangen arnoch chi.
}
# Yn lle statement-communication-8.
statement-communication-13 = Mae’r bobl mae’r bartneriaeth hon i fod i’w helpu yn cael gwybod am ei chynlluniau.
statement-communication-13-hint = Os nad oes dim i’w ddweud wrthyn nhw eto, neu os na allwch chi ddweud, dewiswch “Ddim yn gwybod”.
statement-communication-13-action = { $role ->
    [lead] Cytunwch â’r partneriaid sut a phryd bydd y bobl rydych chi i fod i’w helpu yn clywed am eich cynlluniau.
    [manager] Holwch sut bydd y bartneriaeth yn dweud wrth y bobl mae hi i fod i’w helpu am ei chynlluniau, ac awgrymwch ffyrdd o wneud hynny.
   *[staff] Holwch sut bydd y bartneriaeth yn dweud wrth y bobl mae hi i fod i’w helpu am ei chynlluniau, ac awgrymwch ffyrdd o wneud hynny.
}
# Yn lle statement-communication-9.
statement-communication-14 = Rwy’n gwybod sut gall y bobl mae’r bartneriaeth hon i fod i’w helpu roi eu barn iddi.
statement-communication-14-action = { $role ->
    [lead] Sefydlwch ffordd syml i’r bobl mae’r bartneriaeth yn eu helpu roi eu barn, a rhowch wybod iddyn nhw beth newidiodd.
    [manager] Holwch sut gall y bobl mae’r bartneriaeth yn eu helpu roi eu barn, ac awgrymwch ffordd syml os nad oes un.
   *[staff] Holwch sut gall y bobl mae’r bartneriaeth yn eu helpu roi eu barn, ac awgrymwch ffordd syml os nad oes un.
}
# Newydd.
statement-communication-15 = Mae gen i berthynas waith dda â’r bobl rydw i’n delio â nhw mewn partneriaid eraill.
statement-communication-15-action = { $role ->
    [lead] Rhowch amser i bobl o wahanol bartneriaid gyfarfod a dod i adnabod ei gilydd, nid dim ond mewn cyfarfodydd ffurfiol.
    [manager] Trefnwch i gyfarfod â’r bobl rydych chi’n delio â nhw mewn partneriaid eraill, hyd yn oed am ychydig, er mwyn dod i’w hadnabod.
   *[staff] Trefnwch i gyfarfod â’r bobl rydych chi’n delio â nhw mewn partneriaid eraill, hyd yn oed am ychydig, er mwyn dod i’w hadnabod.
}

guidance-communication-strength-summary = Mae gwybodaeth yn llifo’n dda, ac mae’r bobl rydych chi’n eu gwasanaethu yn cael gwybod beth sy’n digwydd ac yn gallu lleisio eu barn. Cadwch bethau felly wrth i’r bartneriaeth dyfu neu newid.
guidance-communication-strength-action-1 = Pan fydd staff newydd yn ymuno, dangoswch iddyn nhw sianeli a chysylltiadau’r bartneriaeth.
guidance-communication-strength-action-2 = Rhannwch ddiweddariadau byr am yr hyn mae’r bartneriaeth wedi’i gyflawni gyda staff a’r bobl rydych chi’n eu gwasanaethu.
guidance-communication-strength-action-3 = Gofynnwch i’r bobl rydych chi’n eu gwasanaethu, o bryd i’w gilydd, a ydyn nhw’n teimlo bod rhywun yn gwrando arnyn nhw.
guidance-communication-developing-summary = Mae cyfathrebu’n gweithio mewn mannau ond mae’n anghyson, gyda rhai pobl yn cael eu gadael allan neu’n ansicr ble i edrych. Gwnewch y cyfathrebu’n fwy cyson.
guidance-communication-developing-action-1 = Cytunwch pa sianel i’w defnyddio ar gyfer beth, fel e-bost ar gyfer penderfyniadau a gofod ar-lein a rennir ar gyfer papurau.
guidance-communication-developing-action-2 = Anfonwch nodyn byr o’r penderfyniadau a’r camau gweithredu ar ôl pob cyfarfod.
guidance-communication-developing-action-3 = Cynigiwch hyfforddiant ar y cyd neu ddiwrnodau tîm er mwyn i staff o wahanol bartneriaid ddod i adnabod ei gilydd.
guidance-communication-developing-action-4 = Rhowch ffordd syml i’r bobl rydych chi’n eu gwasanaethu godi pryderon a rhannu syniadau, a rhowch wybod iddyn nhw beth newidiodd.
guidance-communication-priority-summary = Nid yw pobl yn clywed yr hyn sydd ei angen arnyn nhw, a gall hynny arwain at ailadrodd gwaith a drwgdybiaeth gynyddol. Rhowch drefn yn gyntaf ar y pethau sylfaenol o ran sut rydych chi’n cadw mewn cysylltiad.
guidance-communication-priority-action-1 = Pennwch batrwm cyfarfodydd nad yw’n rhy drwm nac yn rhy ysgafn, a’i adolygu ar ôl tri mis.
guidance-communication-priority-action-2 = Cytunwch pa wybodaeth y bydd y partneriaid yn ei rhannu, a rhowch gytundeb rhannu data syml ar waith.
guidance-communication-priority-action-3 = Gofynnwch i staff a’r bobl rydych chi’n eu gwasanaethu pa ddiweddariadau maen nhw’n eu colli a sut maen nhw eisiau eu cael.

discussion-communication-1 = Pa rai o’n cyfarfodydd a allai fod yn fyrrach, yn llai aml neu gael diweddariad ysgrifenedig yn eu lle?
discussion-communication-2 = Pe bai angen help ar weithiwr rheng flaen gan bartner arall heddiw, a fyddai’n gwybod pwy i’w ffonio?
discussion-communication-3 = Sut mae’r bobl rydyn ni’n eu gwasanaethu yn clywed am ein gwaith, a sut rydyn ni’n clywed ganddyn nhw?

## Datrys gwrthdaro

criterion-conflict-name = Datrys gwrthdaro
criterion-conflict-meaning = Mae’r partneriaid yn gwybod sut maen nhw’n wahanol, ac yn gallu codi a datrys anghytundeb yn gynnar ac yn deg.

statement-conflict-11 = Mae gan y partneriaid ffordd y cytunwyd arni i godi anghytundeb rhyngddyn nhw.
statement-conflict-11-action = { $role ->
    [lead] Cytunwch â’r partneriaid ar gamau syml ar gyfer codi anghytundeb, a rhannwch nhw â staff.
    [manager] Gofynnwch i’r bartneriaeth gytuno ar gamau syml ar gyfer codi anghytundeb, a’u rhannu â staff.
   *[staff] Gofynnwch i’r bartneriaeth gytuno ar gamau syml ar gyfer codi anghytundeb, a’u rhannu â staff.
}
statement-conflict-12 = Pe bai gen i bryder bach am y bartneriaeth, byddwn i’n teimlo y gallwn i ei godi’n gynnar.
statement-conflict-12-action = { $role ->
    [lead] Dywedwch wrth staff ym mhob partner at bwy y dylen nhw fynd gyda phryderon cynnar, a diolchwch i bobl sy’n eu codi.
    [manager] Holwch at bwy y dylech chi fynd gyda phryder cynnar, a gofynnwch am berson cyswllt wedi’i enwi os nad oes un.
   *[staff] Holwch at bwy y dylech chi fynd gyda phryder cynnar, a gofynnwch am berson cyswllt wedi’i enwi os nad oes un.
}
# Yn lle statement-conflict-13.
statement-conflict-16 = Mae’r partneriaid wedi cytuno beth i’w wneud pan na allan nhw ddod i gytundeb.
statement-conflict-16-action = { $role ->
    [lead] Cytunwch â’r partneriaid beth sy’n digwydd pan na allwch chi gytuno, fel galw ar gadeirydd niwtral.
    [manager] Holwch beth sy’n digwydd pan na all y partneriaid gytuno, ac awgrymwch drefn wrth gefn syml fel cadeirydd niwtral.
   *[staff] Holwch beth sy’n digwydd pan na all y partneriaid gytuno, ac awgrymwch drefn wrth gefn syml fel cadeirydd niwtral.
}
statement-conflict-8 = Rwy’n deall sut mae ffyrdd y partneriaid eraill o weithio yn wahanol i’n rhai ni.
statement-conflict-8-action = { $role ->
    [lead] Cynhaliwch sesiwn fer lle mae staff o bob partner yn esbonio sut mae eu sefydliad yn gweithio o ddydd i ddydd.
    [manager] Gofynnwch am sesiwn fer lle mae staff o bob partner yn esbonio sut mae eu sefydliad yn gweithio o ddydd i ddydd.
   *[staff] Gofynnwch am sesiwn fer lle mae staff o bob partner yn esbonio sut mae eu sefydliad yn gweithio o ddydd i ddydd.
}
# Yn lle statement-conflict-14.
statement-conflict-17 = Mae’r partneriaid wedi trafod yn agored a ydyn nhw’n cystadlu â’i gilydd, er enghraifft am gyllid.
statement-conflict-17-action = { $role ->
    [lead] Rhowch unrhyw gystadleuaeth rhwng partneriaid, am gyllid, staff neu waith, ar agenda, a chytunwch sut i’w thrin.
    [manager] Gofynnwch am drafod mewn cyfarfod unrhyw gystadleuaeth rhwng partneriaid, am gyllid, staff neu waith.
   *[staff] Gofynnwch am drafod mewn cyfarfod unrhyw gystadleuaeth rhwng partneriaid, am gyllid, staff neu waith.
}
# Yn lle statement-conflict-15.
statement-conflict-18 = Yn y cyfarfodydd partneriaeth rydw i’n mynd iddyn nhw, mae syniadau fy sefydliad i’n cael eu cymryd o ddifrif.
statement-conflict-18-hint = Os nad ydych chi’n mynd i gyfarfodydd y bartneriaeth, dewiswch “Ddim yn gwybod”.
statement-conflict-18-action = { $role ->
    [lead] Gwahoddwch syniadau gan bob partner yn eu tro cyn gwneud penderfyniadau, a dywedwch sut y defnyddiwyd pob un.
    [manager] Gofynnwch i’r cadeirydd wahodd syniadau gan bob partner yn eu tro cyn gwneud penderfyniadau.
   *[staff] Gofynnwch i’r cadeirydd wahodd syniadau gan bob partner yn eu tro cyn gwneud penderfyniadau.
}
# Newydd.
statement-conflict-19 = Rwy’n gwybod ble mae blaenoriaethau’r partneriaid eraill yn wahanol i rai fy sefydliad i.
statement-conflict-19-action = { $role ->
    [lead] Gofynnwch i bob partner ddweud yn agored beth sydd bwysicaf iddo eleni, a nodwch ble mae’r blaenoriaethau’n wahanol.
    [manager] Gofynnwch am sesiwn lle mae’r partneriaid yn dweud beth sydd bwysicaf i’w sefydliad eleni.
   *[staff] Gofynnwch am sesiwn lle mae’r partneriaid yn dweud beth sydd bwysicaf i’w sefydliad eleni.
}

guidance-conflict-strength-summary = Mae eich partneriaeth yn delio ag anghytundeb yn agored ac yn ei ddatrys yn gyflym. Daliwch ati i ddefnyddio eich dull, fel ei fod yn gyfarwydd pan ddaw prawf mwy.
guidance-conflict-strength-action-1 = Edrychwch yn ôl ar sut y deliwyd ag anghytundebau diweddar, a nodwch beth oedd o help.
guidance-conflict-strength-action-2 = Esboniwch y ffordd y cytunwyd arni i godi pryderon i bob partner neu gynrychiolydd newydd.
guidance-conflict-developing-summary = Mae anghytundebau’n cael eu datrys, ond gall hynny gymryd gormod o amser neu ddibynnu ar ewyllys da yn hytrach na ffordd y cytunwyd arni. Gwnewch y dull yn gliriach ac yn gynt.
guidance-conflict-developing-action-1 = Ysgrifennwch gamau syml ar gyfer codi a datrys anghytundeb, gan gynnwys at bwy i fynd gyntaf.
guidance-conflict-developing-action-2 = Cytunwch pa benderfyniadau sydd angen cytundeb pob partner, er mwyn gallu gwneud y lleill yn gynt.
guidance-conflict-developing-action-3 = Cynhaliwch sesiwn lle mae’r partneriaid yn esbonio sut mae eu sefydliadau’n gweithio a beth maen nhw’n ei ddisgwyl.
# Ar ôl guidance-conflict-developing-action-3 (eitem rhestr newydd ym mhob iaith).
guidance-conflict-developing-action-4 = Cyn penderfyniad anodd, gofynnwch i bob partner ble gall ildio a ble na all.
guidance-conflict-priority-summary = Mae anghytundebau’n cael eu gadael i dyfu, neu’n cael eu trin mewn ffyrdd sy’n annheg ym marn pobl. Cytunwch sut byddwch chi’n delio â nhw cyn i’r un nesaf godi.
guidance-conflict-priority-action-1 = Cytunwch ar broses fer a theg ar gyfer datrys anghytundebau, gyda pherson niwtral i alw arno os oes angen.
guidance-conflict-priority-action-2 = Enwch unrhyw feysydd lle mae’r partneriaid yn cystadlu, a chytunwch sut byddwch chi’n eu trin.
guidance-conflict-priority-action-3 = Gwnewch godi pryderon yn gynnar yn beth arferol drwy ychwanegu eitem sefydlog at bob agenda.

discussion-conflict-1 = Sut rydyn ni’n cael gwybod pan fydd partner yn anhapus?
discussion-conflict-2 = Ble mae ein ffyrdd o weithio neu ein disgwyliadau’n gwrthdaro fwyaf?
discussion-conflict-3 = Ble rydyn ni’n cystadlu, a sut gallwn ni gadw’r gystadleuaeth honno’n iach?
