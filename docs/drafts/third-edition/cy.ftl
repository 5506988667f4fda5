# Third edition (bank version 3): every NEW or CHANGED Welsh message, same keys and same order
# as en.ftl, then the Welsh-only fixes from the content review (§5.2) at the end. Messages not
# listed here are unchanged.
# Trydydd argraffiad (fersiwn 3 y banc): pob neges Gymraeg NEWYDD neu WEDI’I NEWID, yr un
# allweddi a’r un drefn ag en.ftl, ac yna’r cywiriadau Cymraeg yn unig o’r adolygiad cynnwys
# (§5.2) ar y diwedd.
#
# Terms (docs/translation.md, glossary): “named” (a named contact, a named lead) is always
# *wedi’i enwi*, never *penodol*; “the people this partnership is meant to help” is *y bobl mae’r
# bartneriaeth (hon) i fod i’w helpu*; “fair share” *cyfran deg* (eb); “appraisal” *arfarniad*;
# “evidence” *tystiolaeth* (eb); “working relationship” *perthynas waith* (eb); “to give way”
# *ildio*. Hints quote the answer label exactly: “Ddim yn gwybod”.
# $role: [lead] arweinydd neu gydlynydd y bartneriaeth, uwch arweinydd, aelod o’r bwrdd neu
# ymddiriedolwr; [manager] rheolwr mewn sefydliad partner; *[staff] pawb arall, a phwy bynnag
# na ddywedodd.

## Y cwestiwn am y cyfnod: pa mor bell mae’r bartneriaeth wedi dod, a’r cyngor ar gyfer y cyfnod hwnnw.

# Newidiwyd: roedd “i bobl anghytuno” yn golygu pobl yn anghytuno â’i gilydd; ateb “Anghytuno” i
# ddatganiad yw’r ystyr (adolygiad §5.2 rhes 8).
stage-forming-advice = Ar y cyfnod hwn, nid ydych chi wedi cytuno ar lawer o’r pethau hyn eto, felly mae’n arferol ac yn ddefnyddiol ateb “Anghytuno” pan fydd datganiad yn sôn am gytundeb. Darllenwch sgoriau isel fel rhestr o’r pethau i gytuno arnyn nhw gyntaf: y nod, yr arweinydd, y rolau a sut byddwch chi’n gwneud penderfyniadau. Ystyriwch atebion “Ddim yn gwybod” fel pethau i’w hesbonio i bawb yn gynnar.
# Newidiwyd: “o ran arfer” (adolygiad §5.2 rhes 9).
stage-established-advice = Gall partneriaethau hirsefydlog golli cyfeiriad neu ddal ati o hen arfer. Gall sgôr isel olygu bod pobl, nodau neu anghenion wedi newid ers i chi gytuno gyntaf ar sut i weithio. Defnyddiwch y canlyniad i adnewyddu eich cytundebau, dod â phobl newydd i mewn a gwneud yn siŵr bod y bartneriaeth yn dal i ychwanegu gwerth.

## Ymrwymiad

criterion-commitment-meaning = Mae eich sefydliad yn rhoi’r amser, y bobl a’r gefnogaeth sydd eu hangen ar y bartneriaeth.

statement-commitment-11-action = { $role ->
    [lead] Nodwch yn ysgrifenedig beth y bydd eich sefydliad yn ei roi i’r bartneriaeth o ran staff, amser ac arian, a rhannwch hynny â’r partneriaid.
    [manager] Holwch pa staff, amser ac arian mae eich sefydliad wedi’u haddo i’r bartneriaeth, a gofynnwch am gael hynny yn ysgrifenedig.
   *[staff] Holwch pa staff, amser ac arian mae eich sefydliad wedi’u haddo i’r bartneriaeth, a gofynnwch am gael hynny yn ysgrifenedig.
}
statement-commitment-6-action = { $role ->
    [lead] Gwiriwch faint o amser staff mae eich sefydliad yn ei roi i’r bartneriaeth, a rhyddhewch fwy os yw’n rhy ychydig.
    [manager] Gwiriwch faint o amser staff mae eich sefydliad yn ei roi i’r bartneriaeth, a rhyddhewch fwy os yw’n rhy ychydig.
   *[staff] Holwch faint o amser sydd wedi’i neilltuo ar gyfer gwaith y bartneriaeth, a dywedwch os yw’n rhy ychydig.
}
statement-commitment-7-action = { $role ->
    [lead] Cytunwch pa benderfyniadau y gall cynrychiolwyr eich sefydliad eu gwneud heb holi’n gyntaf, a nodwch nhw’n ysgrifenedig.
    [manager] Holwch beth mae cynrychiolwyr eich sefydliad yn gallu cytuno iddo heb holi’n gyntaf, a chodwch unrhyw fylchau gydag uwch arweinydd.
   *[staff] Holwch beth mae cynrychiolwyr eich sefydliad yn gallu cytuno iddo heb holi’n gyntaf, a chodwch unrhyw fylchau gydag uwch arweinydd.
}
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

## Diben clir

criterion-clarity-meaning = Mae pawb yn gwybod beth yw diben y bartneriaeth, pwy mae hi i fod i’w helpu, a beth mae hi’n ei ychwanegu.

# Yn lle statement-clarity-6.
statement-clarity-13 = Mae’r partneriaid wedi cytuno ar ddiben y bartneriaeth hon.
statement-clarity-13-action = { $role ->
    [lead] Cytunwch â’r holl bartneriaid, mewn un neu ddwy frawddeg, beth yw diben y bartneriaeth, a nodwch hynny’n ysgrifenedig.
    [manager] Gofynnwch am nod y bartneriaeth y cytunwyd arno, ac os nad oes un, gofynnwch i’r partneriaid gytuno ar un.
   *[staff] Gofynnwch am nod y bartneriaeth y cytunwyd arno, ac os nad oes un, gofynnwch i’r partneriaid gytuno ar un.
}
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
statement-clarity-9-action = { $role ->
    [lead] Cytunwch â’r partneriaid ar un peth y gall y bartneriaeth ei wneud na allai unrhyw bartner ei wneud ar ei ben ei hun, a dywedwch wrth staff.
    [manager] Holwch beth mae’r bartneriaeth yn ei wneud yn bosibl na allai unrhyw bartner ei wneud ar ei ben ei hun.
   *[staff] Holwch beth mae’r bartneriaeth yn ei wneud yn bosibl na allai unrhyw bartner ei wneud ar ei ben ei hun.
}
statement-clarity-11-action = { $role ->
    [lead] Cymharwch gynlluniau’r bartneriaeth â gwerthoedd eich sefydliad, a soniwch wrth y partneriaid yn gynnar am unrhyw anghysondeb.
    [manager] Holwch sut mae cynlluniau’r bartneriaeth yn cyd-fynd â gwerthoedd eich sefydliad, a soniwch wrth uwch arweinydd am unrhyw anghysondeb.
   *[staff] Holwch sut mae cynlluniau’r bartneriaeth yn cyd-fynd â gwerthoedd eich sefydliad, a soniwch wrth uwch arweinydd am unrhyw anghysondeb.
}
statement-clarity-12-hint = Os nad oes gwaith wedi’i gynllunio eto, dewiswch “Ddim yn gwybod”.
statement-clarity-12-action = { $role ->
    [lead] Dangoswch pa ran o’r nod mae pob darn o waith y bartneriaeth yn ei gwasanaethu, a rhowch saib ar waith nad yw’n gwasanaethu unrhyw ran.
    [manager] Gofynnwch am i bob darn o waith y bartneriaeth ddangos pa ran o’r nod mae’n ei gwasanaethu.
   *[staff] Gofynnwch am i bob darn o waith y bartneriaeth ddangos pa ran o’r nod mae’n ei gwasanaethu.
}

## Cydgysylltu

criterion-coordination-meaning = Mae rhywun yn arwain y gwaith, ac rydych chi’n gwybod pwy sy’n gwneud beth, sut mae’r partneriaid yn penderfynu a sut maen nhw’n gwirio cynnydd.

# Yn lle statement-coordination-1 (roedd “arweinydd penodol” yn groes i “wedi’i enwi” mewn
# mannau eraill; does dim angen y naill na’r llall bellach).
statement-coordination-13 = Rwy’n gwybod pwy sy’n arwain gwaith y bartneriaeth.
statement-coordination-13-action = { $role ->
    [lead] Cytunwch â’r partneriaid pwy sy’n arwain gwaith y bartneriaeth, a dywedwch wrth staff ym mhob partner.
    [manager] Holwch pwy sy’n arwain gwaith y bartneriaeth, ac os nad oes neb, gofynnwch i’r partneriaid gytuno ar arweinydd.
   *[staff] Holwch pwy sy’n arwain gwaith y bartneriaeth, ac os nad oes neb, gofynnwch i’r partneriaid gytuno ar arweinydd.
}
statement-coordination-9-action = { $role ->
    [lead] Ysgrifennwch nodyn byr o’r hyn mae pob partner yn gyfrifol amdano, a rhannwch ef â’r holl staff.
    [manager] Gofynnwch am nodyn byr o’r hyn mae eich sefydliad a phob partner arall yn gyfrifol amdano.
   *[staff] Gofynnwch am nodyn byr o’r hyn mae eich sefydliad a phob partner arall yn gyfrifol amdano.
}
statement-coordination-10-action = { $role ->
    [lead] Cytunwch â’r partneriaid beth mae’r gwaith yn ei gynnwys a beth sydd y tu allan iddo, a rhannwch nodyn byr.
    [manager] Gofynnwch am nodyn byr o’r hyn mae gwaith y bartneriaeth yn ei gynnwys a beth sydd y tu allan iddo.
   *[staff] Gofynnwch am nodyn byr o’r hyn mae gwaith y bartneriaeth yn ei gynnwys a beth sydd y tu allan iddo.
}
statement-coordination-6-action = { $role ->
    [lead] Ysgrifennwch nodyn syml o sut mae’r bartneriaeth yn gwneud penderfyniadau a phwy sy’n eu gwneud, a rhannwch ef.
    [manager] Gofynnwch am nodyn syml o sut mae’r bartneriaeth yn gwneud penderfyniadau a phwy sy’n eu gwneud.
   *[staff] Gofynnwch am nodyn syml o sut mae’r bartneriaeth yn gwneud penderfyniadau a phwy sy’n eu gwneud.
}
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

## Ymddiriedaeth

criterion-trust-meaning = Rydych chi’n credu y gall y bartneriaeth lwyddo, mae’r partneriaid yn cadw eu gair, ac mae eich sefydliad yn cael ei drin yn deg.

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
statement-trust-8-hint = Os nad ydych chi’n mynd i gyfarfodydd y bartneriaeth, neu os nad oes dim byd anodd wedi codi eto, dewiswch “Ddim yn gwybod”.
statement-trust-8-action = { $role ->
    [lead] Neilltuwch amser ym mhob cyfarfod i bobl ddweud beth sydd ddim yn mynd yn dda, a diolchwch iddyn nhw am wneud hynny.
    [manager] Gofynnwch am eitem reolaidd mewn cyfarfodydd lle gall pobl ddweud beth sydd ddim yn mynd yn dda.
   *[staff] Gofynnwch am eitem reolaidd mewn cyfarfodydd lle gall pobl ddweud beth sydd ddim yn mynd yn dda.
}
statement-trust-9-action = { $role ->
    [lead] Nodwch yn ysgrifenedig beth mae eich sefydliad yn gobeithio ei ennill o’r bartneriaeth, a rhannwch hynny â staff.
    [manager] Holwch beth mae eich sefydliad yn gobeithio ei ennill o’r bartneriaeth, a rhannwch yr ateb â chydweithwyr.
   *[staff] Holwch beth mae eich sefydliad yn gobeithio ei ennill o’r bartneriaeth, a rhannwch yr ateb â chydweithwyr.
}
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

## Cyfathrebu

criterion-communication-meaning = Mae pawb sydd angen gwybod yn cael gwybod, o fewn y bartneriaeth ac ymhlith y bobl mae hi i fod i’w helpu.

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

## Datrys gwrthdaro

criterion-conflict-meaning = Mae’r partneriaid yn gwybod sut maen nhw’n wahanol, ac yn gallu codi a datrys anghytundeb yn gynnar ac yn deg.

statement-conflict-11-action = { $role ->
    [lead] Cytunwch â’r partneriaid ar gamau syml ar gyfer codi anghytundeb, a rhannwch nhw â staff.
    [manager] Gofynnwch i’r bartneriaeth gytuno ar gamau syml ar gyfer codi anghytundeb, a’u rhannu â staff.
   *[staff] Gofynnwch i’r bartneriaeth gytuno ar gamau syml ar gyfer codi anghytundeb, a’u rhannu â staff.
}
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

# Ar ôl guidance-conflict-developing-action-3 (eitem rhestr newydd ym mhob iaith).
guidance-conflict-developing-action-4 = Cyn penderfyniad anodd, gofynnwch i bob partner ble gall ildio a ble na all.

## Rhyngwyneb: assessment.ftl (y dudalen groeso)

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
welcome-stage-hint = Gallwch chi ateb pob datganiad ar bob cyfnod, ac mae rhai’n dweud pryd mai “Ddim yn gwybod” yw’r ateb gonest. Mae eich ateb yma’n helpu i ddeall y canlyniad, ac mae’n mynd gydag unrhyw ganlyniad rydych chi’n ei rannu.
welcome-role-question = Beth yw eich rôl yn y bartneriaeth? (dewisol)
welcome-role-hint = Mae’n newid geiriad y camau gweithredu a awgrymir, ac mae’n mynd gydag unrhyw ganlyniad rydych chi’n ei rannu. Mewn cymhariaeth, dim ond pan fydd tri pherson neu fwy wedi dewis yr un rôl y bydd barn yn ôl rôl yn cael ei dangos.
role-lead = Arweinydd neu gydlynydd y bartneriaeth
role-senior-leader = Uwch arweinydd mewn sefydliad partner
role-manager = Rheolwr mewn sefydliad partner
role-frontline = Staff rheng flaen
role-board = Aelod o’r bwrdd neu ymddiriedolwr
role-community = Cynrychiolydd cymunedol
role-not-given = Heb ei nodi
results-second-edition-note = Cafodd hwn ei wneud gydag ail argraffiad yr holiadur (35 datganiad). Mae ei sgoriau’n cael eu dangos yn union fel roedden nhw bryd hynny. Mae rhai datganiadau gwahanol yn y trydydd argraffiad.

## Rhyngwyneb: guide.ftl

guide-section-2-paragraph-1 = Anfonwch y ddolen at bawb, gyda dyddiad cau. Mae pawb yn ateb ar eu pen eu hunain, yn eu hamser eu hunain; mae’n cymryd tua { $minutes ->
    [zero] { $minutes } munud
    [one] { $minutes } munud
    [two] { $minutes } funud
    [few] { $minutes } munud
    [many] { $minutes } munud
   *[other] { $minutes } munud
}. Mae’r atebion yn aros ar eu dyfais nhw, ac nid oes dim yn cael ei anfon i unman.

## Cywiriadau Cymraeg yn unig (mae’r Saesneg heb newid): adolygiad cynnwys §5.2

# Rhes 6: roedd “yn eu cael yn iawn” yn cyfieithu “get right” air am air.
welcome-lead = Atebwch { $count ->
    [zero] { $count } datganiad byr
    [one] { $count } datganiad byr
    [two] { $count } ddatganiad byr
    [few] { $count } datganiad byr
    [many] { $count } datganiad byr
   *[other] { $count } datganiad byr
} am bartneriaeth rydych chi’n rhan ohoni. Byddwch chi’n gweld ble mae hi’n gryf, ble mae hi mewn perygl, a beth i’w wneud nesaf, ar draws y chwe pheth sy’n helpu partneriaeth i lwyddo.
# Rhes 10: “cyfrannu at” yw’r arddodiad arferol. Mae’r Saesneg heb newid, felly mae’r dynodydd
# yn aros (commitment-11): yr un cwestiwn ydyw.
statement-commitment-11 = Mae fy sefydliad i wedi dweud yn glir beth y bydd yn ei gyfrannu at y bartneriaeth.
# Rhes 23 (sharing.ftl): “nod” yw’r gair am “aim” yn yr offeryn hwn; “llythyren neu nod” sy’n
# gwneud yn glir mai hyd testun yw hwn. $max yw 40.
share-label-hint =
    { $max ->
        [one] Hyd at { $max } llythyren neu nod, er enghraifft “Barn y tîm tai”. Bydd pwy bynnag sy’n agor y ddolen yn ei weld.
       *[other] Hyd at { $max } llythyren neu nod, er enghraifft “Barn y tîm tai”. Bydd pwy bynnag sy’n agor y ddolen yn ei weld.
    }
# Rhes 24 (sharing.ftl): pennawd colofn CSV; roedd y ffurf amhersonol “atebwyd” yn od.
export-csv-column-answered = wedi_ateb
