from common import m

S = "salary"
MAILS = [
# ---------------- bokmål ----------------
m(S, "nb", "short", "", """
hva er vanlig startlønn for statsviter i kommunen nå? fått tilbud på 560
"""),
m(S, "nb", "short", "Lønnssamtale neste uke", """
Har lønnssamtale med sjefen på onsdag. Hvordan forbereder jeg meg? Første gang
"""),
m(S, "nb", "short", "tilbud", """
Kan dere se over tilbudet mitt før jeg signerer? Frist fredag. Vedlagt
"""),
m(S, "nb", "long_story", "Tilbud fra direktorat – er dette bra?", """
Hei

Jeg har fått tilbud om stilling som seniorrådgiver i et direktorat etter en lang prosess med to intervjuer og en skriftlig oppgave. Jeg er veldig glad, det er en jobb jeg har ønsket meg lenge. I tilbudet står det stillingskode 1364 seniorrådgiver og en årslønn på 705 000, og at lønnen er "innenfor lønnsspennet for stillingen" uten at spennet står der.

Litt om meg: jeg er 38, har master i statsvitenskap og har jobbet i ti år, først fire år i en kommune, så seks år i en fylkeskommune der jeg nå har 690 000 som spesialrådgiver. Jeg har ledet flere store prosjekter og har hatt ansvar for et regionalt partnerskap. Så økningen er bare 15 000, og jeg må pendle lenger og miste noe fleksibilitet.

Jeg har forstått at det ikke er lønnstrinn lenger i staten for oss i Akademikerne, og at alt er lokalt. Men hva betyr det i praksis for meg nå? Kan jeg forhandle på et tilbud fra staten, eller er det "take it or leave it"? Hva er i så fall gode argumenter, og hvor høyt er det realistisk å gå? Jeg har sett på statistikken deres, men jeg er usikker på om jeg skal sammenligne med seniorrådgivere i staten generelt eller med direktoratene spesielt.

Jeg har fått beskjed om å svare innen en uke. Jeg vil ikke ødelegge noe ved å være grådig, men jeg vil heller ikke selge meg for billig.

Vennlig hilsen
Hege
"""),
m(S, "nb", "long_story", "lønn i ny jobb kommune", """
hei

jeg har fått jobb som rådgiver i en kommune i Viken etter å ha vært i et privat konsulentselskap i fire år. de har sendt meg et tilbud med lønn som er nesten 80 000 lavere enn det jeg har nå. jeg visste at kommunen betaler mindre men ikke at det var så mye. jeg har snakket med HR der og de sa at de "følger tariff" og at det er "garantilønn for stillingen" og at de kan legge på litt på grunn av erfaring. jeg skjønner ikke helt hva det betyr, jeg har aldri vært i offentlig sektor.

jeg vil gjerne ha jobben, det er mer meningsfylt enn det jeg gjør nå og jeg slipper all reisingen. men vi har nettopp kjøpt leilighet og jeg har regnet på at jeg trenger minst 620 for at det skal gå rundt, de tilbyr 590.

er garantilønn det samme som det de må betale eller det de kan betale? kan jeg forhandle om mer i kommunen eller er det fastsatt? og er det greit å si at jeg trenger mer på grunn av boliglånet, eller er det et dårlig argument? hva er et godt argument?

mvh Kristian
"""),
m(S, "nb", "indirect", "", """
hei. jeg har jobbet i samme kommune i seks år og fått bare de generelle tilleggene. en ny kollega med mindre erfaring enn meg tjener visst mer. jeg lurer på om det er noe man kan gjøre med det, eller om det bare er sånn det er.
"""),
m(S, "nb", "mixed", "Lønnskrav i søknaden", """
Hei! I en annonse står det at søkere må "oppgi lønnskrav i søknaden". Det er et privat firma. Hvor i søknaden skriver jeg det, og hvilket tall skal jeg si? Jeg har master i sosiologi og to års erfaring fra HR.
Hilsen Maja
""", sec="cv"),
m(S, "nb", "long_story", "lokale forhandlinger i staten", """
Hei,

Jeg har jobbet i et departement i tre år og er litt forvirret over hvordan lønnsutviklingen fungerer. Da jeg ble ansatt fikk jeg 620 000 som rådgiver, og det har gått opp med noen tusen hvert år, men ikke mye. Jeg har i løpet av disse årene fått mer ansvar: jeg har vært sekretær for et lovutvalg, og jeg leder nå en arbeidsgruppe på tvers av tre departementer. Flere kolleger som begynte samtidig som meg har fått opprykk til seniorrådgiver, men jeg har ikke fått det.

Jeg har skjønt at det er lokale forhandlinger hvert år, og at tillitsvalgte fremmer krav. Men jeg har aldri sendt inn noe selv, jeg har tenkt at lederen min ville gjøre det hvis han mente jeg fortjente det. Det har han tydeligvis ikke gjort.

Hvordan går jeg frem for å få med meg et krav i årets lokale forhandlinger? Når er fristen vanligvis, og hva bør jeg skrive? Bør jeg først ta en lønnssamtale med lederen min, eller gå rett til tillitsvalgt? Jeg er redd for at det skal virke som jeg klager på lederen min, som jeg ellers har et godt forhold til.

Hilsen
Jon
"""),
m(S, "nb", "reply_quoted", "SV: Lønnstilbud", """
Takk for svar! Jeg brukte statistikken og ba om 650. De kom tilbake med 635 og sa det var "siste bud". Skal jeg godta eller prøve en gang til? Jeg vil egentlig ha jobben uansett.

Hilsen Cecilie

Fra: Karriere <karriere@example.no>
Sendt: fredag 6. mars 2026 13:40
Til: Cecilie Dahl <cecilie.dahl@example.no>
Emne: SV: Lønnstilbud

Hei Cecilie,

I privat sektor fastsettes lønnen individuelt, og det er vanlig å forhandle etter at du har fått tilbudet og før du signerer. Bruk lønnsstatistikken for din utdanning og erfaring som hovedargument.

Vennlig hilsen
Karriererådgivningen
"""),
m(S, "nb", "form", "Kontaktskjema: Lønn", """
Navn: Aksel Brun
E-post: aksel.brun@example.no
Medlemsnummer: 39417
Henvendelsen gjelder: Lønn
Melding: Jeg har fått tilbud om fast stilling i Oslo kommune som spesialkonsulent, etter to år som vikar samme sted. Hvordan vet jeg om lønnen er riktig ift. Oslo kommunes egen avtale? Kan dere sjekke kontrakten?
"""),
m(S, "nb", "long_story", "Lønn etter permisjon og opprykk", """
Hei

Det blir litt langt fordi situasjonen er litt innviklet. Jeg har vært i foreldrepermisjon i nesten et år og er nå tilbake i jobben som rådgiver i en fylkeskommune. Mens jeg var borte, var det lokale forhandlinger, og jeg fikk ingenting utover det generelle tillegget. Det kan jeg for så vidt forstå, men samtidig fikk to av kollegene mine, som gjør akkurat det samme som meg, et tillegg på 25 000 fordi de hadde "tatt ekstra ansvar i perioden".

Nå har lederen min tilbudt meg å ta over som fagansvarlig for et område, fordi en kollega har sluttet. Det betyr mer ansvar og oppfølging av to nyansatte, men ikke personalansvar. Lederen sier at "vi får se på lønnen i neste forhandlingsrunde", som er til høsten.

Jeg vil gjerne ta på meg oppgaven, men jeg er lei av å vente. Kan jeg kreve at lønnen blir vurdert nå, når jeg får nye oppgaver, og ikke til høsten? Er det noe som heter særskilt forhandling eller noe sånt? Og hvor mye er rimelig å be om for et fagansvar? Jeg har også lurt på om jeg kan ta opp det at jeg ble "glemt" i forhandlingene mens jeg var i permisjon, eller om det er for sent nå.

Hilsen
Vilde
"""),
m(S, "nb", "indirect", "Tallet i andre intervju", """
Hei. Jeg er innkalt til andre intervju i et rådgivningsselskap, og de skrev at vi skal "snakke om betingelser". Jeg er ikke så flink til å forhandle og frykter at jeg kommer til å si et altfor lavt tall for å virke grei. Jeg er usikker på om jeg skal si et tall, et spenn, eller la dem komme med et tilbud først.
Mvh Sindre
""", sec="interview"),
m(S, "nb", "short", "", """
hvor finner jeg lønnsstatistikken deres? logget inn men finner den ikke
"""),
m(S, "nb", "long_story", "Motbud fra nåværende jobb", """
Hei!

Jeg har fått tilbud om ny jobb som analytiker i et stort selskap, med 740 000 i lønn, mot 660 000 som jeg har nå i en interesseorganisasjon. Jeg sa opp i forrige uke, og nå har daglig leder kommet med et motbud: de vil matche lønnen og gi meg en ny tittel. Jeg ble helt satt ut, for jeg har bedt om lønnsøkning to ganger de siste to årene og fått nei begge gangene med begrunnelsen at "økonomien er stram".

Jeg liker jobben jeg har, og kollegene, og sakene vi jobber med. Den nye jobben er mer penger, men jeg er usikker på om jeg vil trives like godt. Det føles samtidig litt rart å bli belønnet først når jeg sier opp.

Er det vanlig å takke ja til motbud? Hva bør jeg tenke på? Og hvis jeg blir, bør jeg få det skriftlig og sikre at lønnen ikke fryses de neste årene fordi jeg "har fått mye nå"? Hvordan forhandler man egentlig om noe sånt, når de allerede har gitt det jeg ba om i utgangspunktet?

Vennlig hilsen
Sofie
"""),
m(S, "nb", "offer", "Nyutdannet – lønn og kontrakt", """
Hei, jeg er nyutdannet med master i pedagogikk og har fått tilbud om et vikariat i et direktorat på ett år. Lønnen er 560 000. Er det greit for en nyutdannet, eller burde jeg be om mer? Og er det vanlig at vikariater har dårligere lønn enn faste stillinger?
Mvh Amanda
"""),
m(S, "nb", "long_story", "pendling og lønn", """
hei

jeg bor i Drammen og har fått tilbud om stilling i en statlig etat i Oslo, rådgiver, stillingskode 1434, 640 000. i dag jobber jeg i en kommune i Drammen og tjener 610 000, men har kort vei til jobb og ingen pendlerutgifter. med tog og alt blir det ca 18 000 i året i reise pluss at jeg bruker nesten to timer mer hver dag.

jeg lurte på om det går an å be om høyere lønn på grunn av pendlingen, eller om det ikke er et argument arbeidsgivere bryr seg om. kjæresten min sier jeg burde be om minst 670 men jeg aner ikke om det er realistisk i staten. jeg har fem års erfaring og har hatt ansvar for et par store anskaffelser. dette er første gang jeg skal forhandle lønn, forrige gang bare tok jeg det de tilbød fordi jeg var glad for å få jobb i det hele tatt.

hvor mye har man typisk å gå på i staten når de allerede har sagt et tall, og hvordan sier jeg det uten å virke frekk?

mvh Aleksander
"""),
m(S, "nb", "short", "", """
er 590 ok for rådgiver med 2 års erfaring i staten?? ærlig svar takk
"""),
m(S, "nb", "indirect", "Lederen min vil at jeg skal skrive en liste", """
Hei! Lederen har bedt meg sende en oversikt over "hva jeg har bidratt med siste år" før lønnssamtalen. Jeg synes det er vanskelig å skryte av meg selv. Hva pleier folk å ta med, og hvordan ender man med et konkret krav?
Hilsen Kristin
"""),
m(S, "nb", "long_story", "Fra privat til stat – lønnsnedgang", """
Hei,

Etter åtte år i et privat revisjons- og rådgivningsselskap har jeg fått tilbud om en jobb som seniorrådgiver i et departement. Jeg er 41 og har master i samfunnsøkonomi. I dag har jeg 880 000 i fastlønn pluss en bonus som har variert mellom 50 000 og 120 000. Departementet har tilbudt 760 000, som de sier er "i øvre del av spennet for stillingen".

Jeg visste at det ville bli lavere lønn, og jeg har akseptert det til en viss grad, fordi jeg vil jobbe med politikkutvikling og fordi pensjonsordningen og arbeidstiden er bedre. Men 120 000 mindre pluss bonus er mye. Spørsmålet mitt er om det er mulig å få mer enn det de kaller "øvre del av spennet", for eksempel ved å bli plassert i en annen stillingskode, som fagdirektør? Jeg har jo mye erfaring med akkurat det fagfeltet de jobber med. Eller er det slik at de bare ikke kan gå over en viss grense, uansett hva jeg gjør?

Jeg lurer også på hvordan pensjonsordningen i staten skal regnes inn når jeg sammenligner, og om det er noe annet enn lønnen jeg kan forhandle om, som for eksempel kompetansemidler eller en garantert lønnsvurdering etter ett år.

Med vennlig hilsen
Thomas
"""),
m(S, "nb", "reply_quoted", "Re: lønnssamtale", """
Nå har jeg hatt samtalen. Sjefen sa at han "skal ta det med seg" men ingen tall. Hva gjør jeg nå, sender jeg en e-post med kravet mitt eller venter jeg?

Den 3. februar 2026 kl. 08:55 skrev Karriere <karriere@example.no>:
> Hei Eivind,
> Forbered deg ved å dokumentere nye oppgaver og ansvar, og snakk gjerne med den lokale
> tillitsvalgte før samtalen med lederen din.
> Hilsen Karriererådgivningen
"""),
m(S, "nb", "long_story", "Lønn og midlertidig lederansvar", """
Hei. Jeg har vært konstituert som seksjonsleder i et halvt år fordi sjefen vår ble syk, og jeg har fått et konstitusjonstillegg på 3000 i måneden. Nå viser det seg at hun ikke kommer tilbake, og stillingen skal lyses ut. Jeg har søkt. Samtidig gjør jeg hele jobben, med personalansvar for ni personer, budsjett og alt, for et tillegg som jeg synes er altfor lavt. Jeg sammenlignet med andre seksjonsledere i etaten og de ligger 80 000 til 120 000 over meg.

Jeg har tatt det opp med avdelingsdirektøren, som bare sa at konstitusjonstillegget er "standard i etaten". Tillitsvalgt mener det er for lavt, men vet ikke helt hva vi kan kreve.

Er det noe jeg kan gjøre med tillegget nå, mens jeg venter på ansettelsen? Og hvis jeg får stillingen: skal jeg forhandle ut fra dagens lønn pluss tillegg, eller ut fra hva de andre seksjonslederne har? Jeg er redd for å bli liggende lavt fordi jeg "bare" var konstituert.

Mvh
Trude
"""),
m(S, "nb", "offer", "Kontrakt og lønn, noen spørsmål", """
Hei! Har fått kontrakt fra et lite IT-selskap. Det står "lønn etter avtale" og at overtid er inkludert i lønnen. Er det vanlig? Lønnen er 650 for produkteier med master i sosiologi, er det bra? Kan dere lese over kontrakten?
Hilsen Jonas
"""),
m(S, "nb", "long_story", "lang epost om lønn sorry", """
hei

jeg har vært i jobben min som kommunikasjonsrådgiver i en stiftelse i snart fem år og har fått 2-3 prosent i året i tillegg, som jeg har skjønt er omtrent det generelle. men i fjor fikk vi ny daglig leder og hun har endret hele organisasjonen, og jeg har fått ansvar for både kommunikasjon, innsamling og nettsiden, og i praksis jobber jeg for tre personer siden to har sluttet og ikke blitt erstattet. jeg jobber mye kvelder også selv om vi ikke skal.

jeg har tatt det opp uformelt og hun sier at "det er ikke penger" og at "vi er alle i samme båt". det er sikkert sant men jeg tjener 560 og jeg ser at stillinger som ligner på min i andre organisasjoner betaler 650-700. vi har ingen tariffavtale og ingen tillitsvalgt fra dere.

jeg vil egentlig ikke slutte, jeg tror på det vi gjør, men jeg er sliten og føler meg utnyttet. er det noe jeg kan gjøre når det ikke er tariffavtale? kan jeg bruke lønnsstatistikken deres overfor henne, og hvordan? hvor mye kan jeg be om, og hva gjør jeg hvis svaret fortsatt er nei? er det lurt å si at jeg ellers må se meg om etter noe annet?

hilsen Kine
"""),
# ---------------- English ----------------
m(S, "en", "short", "", """
is 620k a good salary for a senior adviser in a municipality? just got the offer
"""),
m(S, "en", "short", "salary stats", """
Where can I find your salary statistics in English? Need them for a negotiation tomorrow
"""),
m(S, "en", "long_story", "My first salary negotiation in Norway", """
Hello,

I've just received my first job offer in Norway, and I need help understanding it. I'm from the US, I've lived here for three years, and I finished a master's in environmental governance at a Norwegian university last year. Since then I've been working part-time at a café while applying. Now a research and consultancy foundation in Oslo has offered me a position as a junior analyst, and the letter says the salary is 540,000 NOK per year. There's no mention of a pay scale or a range, just that number.

In the US, I'd always negotiate, and I'd expect the first offer to be lower than what they can actually pay. But several Norwegian friends have told me that Norway is "different", that salaries are more standardised and that negotiating could make me look greedy or un-Norwegian. One friend even said I should just be grateful and sign. I don't want to start off on the wrong foot, but I also don't want to be underpaid for years, because I understand that raises here are often small percentages.

Is 540,000 normal for someone with a master's and no real relevant work experience? Is it acceptable to negotiate in this situation, and if so, how? What arguments would a Norwegian employer find reasonable? And is it better to do it by phone or by e-mail?

Thank you so much for your help.
Megan
"""),
m(S, "en", "long_story", "Annual salary talk - what do I ask for", """
Hi,

I work at a state university as a senior executive officer ("seniorkonsulent") in a faculty administration. I've been here for six years. My annual talk with my manager is in three weeks and this year I want to actually ask for something, since I've taken over a lot of responsibility for international agreements after a colleague retired. I now handle the faculty's exchange agreements with about forty partner universities and coordinate a big EU project application.

My problem is that I don't understand how pay works here. I know there are "local negotiations", but I don't know what my manager can decide and what is decided elsewhere. I also don't know if I should be asking for a different position code, like "rådgiver", instead of just more money in the same one. I'm from Germany, where everything is in a very clear table, so this system feels vague to me.

Could you explain briefly how I should approach this? What kind of documentation should I bring, and what would be a reasonable amount to ask for? And is it better to involve the union representative before the talk or after?

Best regards,
Katharina
"""),
m(S, "en", "indirect", "", """
Hi, I got an offer from a ministry and they wrote the salary in kroner with "stillingskode 1408". I was wondering what that code means and whether it limits what I can be paid. Asking before I reply to them on Monday.
"""),
m(S, "en", "mixed", "Salary expectations in the application form", """
Hello! The online application form for a job at a private company has a mandatory field "salary expectations". I have a master's in political science and 3 years of experience in an NGO. What number should I put? If I write too high, will they reject my application without reading it?
Thanks, Abdi
""", sec="cv"),
m(S, "en", "reply_quoted", "Re: Offer check", """
Thanks for looking at it so quickly. I sent them a short e-mail with the statistics and asked for 40k more. They've now replied that they can't raise the base salary because of "internal equity" with the others in the team, but can offer a signing bonus of 30k. Is that a good compromise, or should I push for the base salary, since it affects all future raises? I've also read that some people ask for a salary review after six months instead, would that be smarter here? I have to answer by Monday.

-----Original Message-----
From: Karriere <karriere@example.no>
Sent: Thursday, 12 March 2026 10:21
To: Ahmad Rahimi <ahmad.rahimi@example.com>
Subject: RE: Offer check

Hi Ahmad,

We've looked at the offer. The salary is somewhat below the median in our statistics for your education and years of experience, so it would be reasonable to ask for more before you sign.

Best regards,
Career counselling
"""),
m(S, "en", "long_story", "Was I underpaid from the start?", """
Hi there,

I've been working at a county municipality for two years as an adviser on public health. I'm from Kenya and came to Norway for my master's. When I got the offer, I was so happy to finally have a job in my field that I signed immediately, without asking anything. I was offered 545,000 and later got the general increases, so I'm at around 575,000 now.

Recently a Norwegian colleague who started six months after me, with the same education and less experience, mentioned her salary during lunch. It's 610,000. I was shocked. I don't think anyone meant to treat me badly, she probably just negotiated and I didn't. But it hurts, and it also worries me, because I understand the difference will follow me if I don't do something.

I want to raise this with my manager, but I'm nervous about how to do it without sounding like I'm accusing anyone of discrimination. What's the right way to ask for an adjustment? Should I mention my colleague's salary, or is that inappropriate? When in the year is the best time, and should I talk to the union representative first?

Thank you,
Wanjiru
"""),
m(S, "en", "short", "", """
Should I give a number or a range when they ask salary expectations on the phone?
"""),
m(S, "en", "form", "Contact form", """
Name: Lukas Weber
Email: lukas.weber@example.com
Member no.: 82004
Topic: Salary / contract
Message: Offer from a consultancy in Bergen, 610k + bonus, 2 yrs experience. Is this at market level? Could you check the contract, especially the overtime clause? Need to reply by Wed.
"""),
m(S, "en", "long_story", "Promotion without a raise?", """
Hello,

I was recently "promoted" to team lead in the NGO where I work. It's a small organisation, about 30 people, with no collective agreement. I now manage four people, handle the budget for our department and represent us in external meetings. When I asked my director about salary, she said that the promotion is "an opportunity to grow" and that salary will be "reviewed at the end of the year", which is ten months away.

I'm honestly not sure what's normal here. In my previous job, in a large company in Sweden, a promotion always came with a salary adjustment right away. Is it normal in Norway to wait? Should I accept this, or is it reasonable to ask for an adjustment now, and how much? I earn 590,000 now. And if she says no, could I at least ask for it in writing that the salary will be reviewed, so it doesn't get forgotten?

Thanks,
Erik
"""),
m(S, "en", "indirect", "negotiating as a PhD", """
Hi, I'm finishing my PhD and got an offer from a directorate as a senior adviser. I'm not sure if a PhD counts as "experience" when they set salary, or if I'm treated as a fresh graduate. The offer seems low compared to what friends with 4 years of work experience get. How do people usually argue in this situation?
Best, Javier
"""),
m(S, "en", "offer", "salary + start date", """
hey, got an offer at 600k but I think I can get 630. also they want me to start in 3 weeks but I have 3 months notice. which do I negotiate first? can I do both in one email?
"""),
m(S, "en", "short", "", """
raise after 1 year - normal to ask? private company, no union there
"""),
# ---------------- nynorsk ----------------
m(S, "nn", "short", "", """
kva er vanleg løn for ein rådgjevar i ein fylkeskommune med fem års erfaring?
"""),
m(S, "nn", "long_story", "Tilbod frå kommunen", """
Hei

Eg har fått tilbod om stilling som rådgjevar i ein kommune i Hordaland. Eg har master i samfunnsgeografi og har jobba tre år i eit privat planleggingsfirma. Tilbodet er på 585 000, og i brevet står det at løna er "fastsett etter garantilønnssystemet med tillegg for relevant ansiennitet". Eg har i dag 610 000, og eg hadde håpa å i alle fall halde same nivå.

Eg har lese litt om hovudtariffavtalen i KS og forstår at det er lokal lønsdanning for stillingar med master. Betyr det at eg kan forhandle fritt, eller er det garantilønna som styrer? Eg er usikker på om erfaringa mi frå privat sektor tel like mykje som kommunal erfaring.

Kva er gode argument i ein slik situasjon, og kor mykje er det realistisk å be om? Eg vil gjerne ha jobben og ønskjer ikkje å øydeleggje noko ved å vere urimeleg. Eg må svare innan fredag.

Helsing
Ragnar
"""),
m(S, "nn", "indirect", "Lokale forhandlingar", """
Hei. Eg har aldri sendt inn lønskrav til dei lokale forhandlingane, og eg veit ikkje heilt korleis folk gjer det. Eg har fått mykje meir ansvar i år. Kven sender ein kravet til, og kva bør stå i det?
Helsing Oddny
"""),
m(S, "nn", "long_story", "Løna mi er for låg, trur eg", """
hei

eg har jobba i same fylkeskommune i ni år, dei siste fire som seniorrådgjevar innan næringsutvikling. eg har fått dei generelle tillegga kvart år og eitt lokalt tillegg for fire år sidan då eg fekk den nye tittelen. sidan då har eg teke over fleire oppgåver, mellom anna leiinga av eit stort EU-prosjekt med partnarar i fire land, og eg har ansvar for rettleiing av nye tilsette.

no har eg sett på statistikken dykkar og ser at eg ligg godt under medianen for seniorrådgjevarar i fylkeskommunane med min bakgrunn. eg snakka med leiaren min uformelt i haust og ho sa at "det er trongt i år" og at eg måtte vente. eg har venta i fire år.

eg vil gjerne ta dette opp på ein ordentleg måte, men eg veit ikkje heilt korleis. skal eg krevje ein lønssamtale, eller er det betre å sende inn eit krav gjennom den tillitsvalde til dei lokale forhandlingane? kor mykje kan ein realistisk be om når ein ligg så langt under? og er det eit poeng å nemne at eg har vurdert å søkje meg vekk?

helsing
Bodil
"""),
m(S, "nn", "mixed", "Lønskrav i søknaden", """
Hei. Annonsen ber meg oppgi lønsforventning i søknaden. Det er eit privat rådgjevingsfirma, og eg har aldri jobba privat før. Kva tal skal eg skrive, og korleis formulerer eg det? Eg har master og tre års erfaring frå kommunen.
Helsing Vegard
""", sec="cv"),
m(S, "nn", "form", "Kontaktskjema", """
Namn: Kari Lunde
E-post: kari.lunde@example.no
Kva gjeld det: Løn
Melding: Eg har fått tilbod i staten med stillingskode 1434 og 650 000. Er det rimeleg for fem års erfaring frå kommunen? Kan eg be om meir, og må eg i så fall gjere det før eg svarar på tilbodet?
"""),
m(S, "nn", "reply_quoted", "SV: Løn i ny jobb", """
Takk for svaret. Dei har no gått med på 625 000, men berre viss eg byrjar to veker tidlegare enn planlagt. Er det vanleg å knyte løn til oppstartsdato på den måten? Og bør eg godta?

Helsing Øystein

Den 24. februar 2026 kl. 15:12 skreiv Karriere <karriere@example.no>:
> Hei Øystein,
> Forhandle etter at du har fått tilbodet og før du skriv under. Bruk statistikken for utdanning,
> erfaring og sektor som argument.
> Venleg helsing
> Karriererådgjevinga
"""),
m(S, "nn", "short", "", """
kan eg be om lønsauke når eg har vore tilsett i berre seks månader?
"""),
m(S, "nb", "reply_quoted", "SV: SV: Lønnssamtale og nye oppgaver", """
Hei igjen, og takk for forrige svar, det hjalp meg å forberede lønnssamtalen. Den gikk egentlig greit, lederen var enig i at jeg har fått mer ansvar og lovet å "løfte det" i de lokale forhandlingene. Men nå har forhandlingene vært, og jeg fikk 12 000, mens tillitsvalgt sier at det ble fremmet et krav på 40 000 for meg. Ingen har forklart hvorfor det ble så mye lavere. Lederen sier at "potten var liten i år" og at hun gjorde det hun kunne.

Jeg er skuffet, men jeg vil ikke gi opp. Kan man be om en begrunnelse for hvorfor man fikk det man fikk i lokale forhandlinger? Er det noe som heter å be om særskilte forhandlinger midt i året, eller må jeg vente et helt år til? Og bør jeg nå si fra om at jeg vurderer å søke meg bort, eller er det et kort man bare kan spille én gang?

Hilsen
Marianne

Fra: Karriere <karriere@example.no>
Sendt: 9. september 2025 10:44
Til: Marianne Solberg <marianne.solberg@example.no>
Emne: SV: Lønnssamtale og nye oppgaver

Hei Marianne,

Lønnssamtalen er et godt sted å ta opp nye oppgaver og mer ansvar. Dokumenter det du har tatt på deg det siste året, og snakk gjerne med den lokale tillitsvalgte før samtalen, slik at et eventuelt krav kan fremmes i de lokale forhandlingene.

Vennlig hilsen
Karriererådgivningen
"""),
m(S, "nn", "long_story", "Løn som nyutdanna i staten", """
Hei

Eg er nyutdanna med master i sosiologi og har fått tilbod om ei stilling som rådgjevar i eit statleg tilsyn i Førde. Det er ein jobb eg verkeleg har lyst på, og eg har budd i Sunnfjord heile livet, så eg er glad for å sleppe å flytte. I tilbodet står det stillingskode 1434 rådgjevar og ei årsløn på 575 000. Eg har ikkje noko relevant arbeidserfaring utanom ein sommarjobb i kommunen og at eg var studentassistent i to semester.

Vennene mine som har fått jobb i Oslo og Bergen fortel om startløner på 600 000 og meir. Eg veit ikkje om det er fordi det er dyrare å bu der, eller fordi eg har fått eit dårleg tilbod. Eg har lese at det ikkje er lønstrinn lenger i staten, men eg forstår ikkje heilt kva det betyr for meg.

Er 575 000 eit normalt tilbod for ein nyutdanna i staten? Er det vanleg å forhandle når ein er heilt ny, og kva skal eg i så fall seie når eg ikkje har erfaring å vise til? Eg er redd for å verke utakksam.

Helsing
Marte
"""),
]
