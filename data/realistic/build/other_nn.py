from common import m

O = "other"
MAILS = [
m(O, "nn", "career_change", "Frå sakshandsamar til lærar?", """
Hei

Eg har jobba som sakshandsamar i Statsforvaltaren i snart ti år, mest med klagesaker på opplæringsfeltet. Eg har master i statsvitskap og har aldri angra på det, men dei siste åra har eg kjent at eg vil vere tettare på menneska sakene handlar om. Eg har byrja å sjå på PPU på deltid, slik at eg kan bli lektor i samfunnsfag. Mange seier at det er lærarmangel, men eg høyrer òg at mange lærarar sluttar fordi dei er utslitne.

Eg er 37 og har to born. Kona mi jobbar i helsevesenet og har turnus, så det blir mykje logistikk uansett. Eg lurer på om det er realistisk å ta PPU over to år ved sida av full jobb, eller om eg bør søkje om permisjon. Og kor lett er det å kome tilbake til forvaltninga om eg oppdagar at skulen ikkje var noko for meg? Har de medlemar som har gjort same reisa som eg kan snakke med?

Eg har ikkje bestemt meg, men eg vil gjerne tenkje høgt med nokon som kjenner arbeidsmarknaden.

Helsing
Bjarte
"""),
m(O, "nn", "career_change", "", """
er det dumt å byte bransje no når det er så uroleg i arbeidsmarknaden? eg er 49
"""),
m(O, "nn", "conflict", "Konflikt i teamet", """
Hei.

Eg leier eit lite team på fem personar i ein kommune, og sidan i haust har to av dei vore i open konflikt. Det byrja med ei usemje om korleis vi skulle organisere eit prosjekt, og no snakkar dei ikkje lenger saman utanom det heilt naudsynte. Dei andre i teamet tek side, og stemninga på møta er elendig. Eg har prøvd å snakke med dei kvar for seg, og éin gong saman, men det gjorde det nesten verre.

Eg er sjølv ganske ny som leiar, det er halvtanna år sidan eg fekk stillinga, og eg har aldri fått opplæring i konflikthandtering. Min eigen leiar seier at eg må "ta grep", men ikkje korleis. HR har tilbode ein ekstern konsulent, men det kostar pengar frå budsjettet mitt og eg er usikker på om det er rett steg no.

Kva gjer ein leiar i ein slik situasjon? Er det rett å involvere tillitsvald, eller vil det gjere saka større enn ho er? Og har de kurs eller rettleiing for nye leiarar som er medlemar?

Helsing
Sølvi
"""),
m(O, "nn", "conflict", "Leiaren min", """
Hei. Leiaren min endrar prioriteringane mine fleire gonger i veka og skuldar meg når fristane ryk, ofte framfor heile seksjonen. Eg har byrja å lagre e-postane. Er det noko poeng i det, og kven bør eg snakke med først? Mvh Gaute
"""),
m(O, "nn", "leave", "Sjukmelding og ferie", """
Hei! Eg har vore sjukmeld i to månader og hadde planlagt sommarferie i juli. Kan eg ta ut ferien medan eg er sjukmeld, eller må eg vere friskmeld først? Og kva skjer med feriedagane eg ikkje får teke ut i år? Helsing Oda
"""),
m(O, "nn", "leave", "Søknad om permisjon – fekk nei", """
Hei.

Eg søkte om eitt års permisjon utan løn for å vere med mannen min til Canada, der han har fått ei forskarstilling. Eg har vore tilsett i kommunen i åtte år som rådgjevar. I går fekk eg svar på søknaden: dei seier nei, fordi dei "ikkje har kapasitet til å dekkje opp". Eg hadde rekna med å få ja, sidan fleire kollegaer har fått permisjon før.

Det som gjer meg ekstra frustrert, er at eg har gjort det meste rett: eg søkte åtte månader før, eg foreslo sjølv korleis oppgåvene mine kunne fordelast, og eg tilbaud meg å lære opp ein vikar. Leiaren min var positiv munnleg, men det var kommunalsjefen som avgjorde.

Har eg nokon rett til permisjon i ein slik situasjon, eller er det heilt opp til arbeidsgjevar? Kan eg klage på avslaget? Viss eg ikkje får permisjon, må eg seie opp, og då misser eg jo ein jobb eg trivst i. Kva ville de ha gjort?

Helsing
Marit
"""),
m("salary", "nn", "leave_context", "Foreldrepermisjon og lokale forhandlingar", """
Hei, eg skal ut i foreldrepermisjon i heile haust, akkurat når dei lokale forhandlingane er. Eg har høyrt at folk i permisjon ofte blir gløymde i forhandlingane. Stemmer det, og kva kan eg gjere for at det ikkje skjer med meg? Eg har snakka med tillitsvald, men ho var usikker.
"""),
m(O, "nn", "layoff", "Nedbemanning på instituttet", """
Hei.

Eg jobbar på eit forskingsinstitutt som har mista ein stor oppdragsgjevar, og leiinga har varsla at seks av tretti stillingar skal bort. Vi har fått eit dokument om utvalskriterium der det står at ansiennitet, kompetanse og "sosiale forhold" skal vektleggjast, men ingen veit kor mykje kvar ting tel. Eg har vore her i fem år, har doktorgrad og fleire prosjekt, men eg er ikkje blant dei som hentar inn mest pengar.

Det er ein trykkande stemning, og folk byrjar å sjå seg om etter andre jobbar. Nokre har alt søkt andre stader. Eg har ikkje lyst til å gå, men eg vil heller ikkje vere naiv.

Kva rettar har eg i ein slik prosess? Kan dei seie meg opp fordi eg hentar inn mindre pengar enn andre? Og bør eg seie noko om at eg har eit barn med spesielle behov, eller er det privat? Eg vil gjerne at nokon frå forbundet ser på utvalskriteria før drøftingane byrjar.

Helsing
Halvard
"""),
m(O, "nn", "layoff", "", """
Hei, vi har fått melding om omstilling i etaten. Kven hjå dykk kan eg snakke med om rettane mine? Mvh Kjersti
"""),
m(O, "nn", "study", "Vidareutdanning i offentleg styring", """
Hei! Eg har bachelor i sosiologi og har jobba i fylkeskommunen i seks år. No vurderer eg ein master i offentleg styring på deltid. Er det verdt det for å kome vidare, eller tel erfaringa meir? Og kan eg få permisjon med løn for eksamensdagar? Helsing Ingvild
"""),
m(O, "nn", "study", "Doktorgrad eller vidare i jobben?", """
Hei.

Eg har jobba som rådgjevar i eit direktorat i fire år etter masteren i samfunnsgeografi. No har ein tidlegare rettleiar spurt om eg vil søkje ei stipendiatstilling om klimatilpassing i kommunane, eit tema eg brenn for og som eg har jobba med i direktoratet òg. Stipendiatløna er lågare enn det eg har no, og eg er redd for at fire år på universitetet gjer meg mindre attraktiv når eg skal tilbake til forvaltninga. Samstundes trur eg at ein doktorgrad kan opne dører til meir spesialiserte stillingar seinare.

Korleis ser arbeidsgjevarar i staten på ein doktorgrad? Er det ein fordel, eller blir ein sett på som "for akademisk"? Og er det mogleg å få permisjon frå jobben i direktoratet medan eg tek doktorgraden, slik at eg har noko å kome tilbake til? Leiaren min har sagt at ho "ikkje vil stå i vegen", men ho kan ikkje love at stillinga står ledig om fire år.

Helsing
Åshild
"""),
m(O, "nn", "thanks", "Takk for sist", """
Takk for god prat på telefonen i går. Eg har bestemt meg for å bli verande der eg er eitt år til og sjå korleis det går med omorganiseringa. Helsing Torbjørn
"""),
m(O, "nn", "thanks", "SV: Spørsmål om lønsforhandling", """
Tusen takk, det gjekk fint! Eg fekk det eg bad om.

Helsing Liv

Den 12. januar 2026 kl. 11:20 skreiv Karriere <karriere@example.no>:
> Hei Liv,
>
> Takk for spørsmålet. I staten er løna sett i kroner, og alle tillegg kjem gjennom lokale
> forhandlingar. Hugs å dokumentere nye oppgåver og ansvar før lønssamtalen med leiaren din.
>
> Venleg helsing
> Karriererådgjevinga
"""),
m(O, "nn", "membership", "Kontingent under permisjon", """
Hei. Må eg betale full kontingent medan eg er i foreldrepermisjon? Eg får jo berre foreldrepengar no.
"""),
m(O, "nn", "membership", "Kontaktskjema", """
Namn: Eirin Vik
E-post: eirin.vik@example.no
Medlemsnummer: 48812
Kva gjeld det: Medlemskap
Melding: Hei, eg har flytta til Voss og byrja i ny jobb i ein privat bedrift. Kva må eg gjere for at medlemskapet blir rett registrert, og har eg framleis rett på hjelp frå forbundet sjølv om det ikkje er tariffavtale der eg jobbar no?
"""),
m(O, "nn", "lawyer", "Oppseiing etter sjukmelding", """
Hei.

Eg trur eg treng hjelp frå advokatane dykkar. Eg har jobba som rådgjevar i ei privat stifting i tre år. I fjor haust var eg sjukmeld i fire månader etter ein ulukke med sykkelen. Eg kom tilbake i januar i 50 prosent og har trappa opp sidan. I går fekk eg innkalling til "drøftingsmøte om vidare tilsetjing" og ein e-post der leiaren skriv at "stiftinga treng folk som er til stades".

Eg har lese at ein har eit særleg vern mot oppseiing i tolv månader når ein er sjukmeld. Gjeld det framleis når eg er tilbake i delvis stilling? Kva skal eg seie på møtet, og kan eg ta med nokon frå forbundet? Møtet er om ei veke. Eg har alle e-postane og sjukmeldingane, og eg har skrive ned kva leiaren sa i ein samtale i februar, der ho spurde om eg "verkeleg var motivert for å halde fram". Eg er redd dei alt har bestemt seg.

Helsing
Kjetil
"""),
m(O, "nn", "lawyer", "Løn ikkje utbetalt etter konkurs", """
Hei, arbeidsgjevaren min, eit lite analyseselskap med tolv tilsette, gjekk konkurs i førre veke og vi har ikkje fått løn for februar. Kven skal eg vende meg til, og får eg feriepengane mine? Kan forbundet hjelpe med krav til lønsgarantifondet? Mvh Sigve
"""),
m(O, "nn", "story_mentions_application", "Eit intervju som sette ting i gang", """
Hei

Eg veit ikkje heilt om dette er ein karrierespørsmål, men eg prøver. I fjor vår var eg på intervju til ei stilling som seksjonsleiar i fylkeskommunen. Eg kom til andre runde og fekk mykje skryt, men dei valde ein intern kandidat. Det var greitt nok. Men intervjuet fekk meg til å tenkje. Dei spurde kva eg var mest stolt av dei siste fem åra, og eg kom ikkje på noko frå jobben, berre frå frivillig arbeid i idrettslaget.

Sidan har eg gått og kjent på at eg har hamna i ein jobb eg ikkje brenn for. Eg er 44, har jobba i same kommune i femten år og har god løn og trygge rammer. Eg har eit stort hus og to ungdomar i huset. Eg er ikkje ulukkeleg, men eg er heller ikkje glad.

Eg lurer på korleis ein finn ut kva ein faktisk vil, når ein har gjort det same så lenge. Tilbyr de samtalar om slikt, eller er det berre søknader og intervju de hjelper med? Eg treng ikkje hjelp til ein ny søknad no, eg treng å finne ut om eg i det heile skal søkje.

Helsing
Gunvor
"""),
m(O, "nn", "story_mentions_application", "CV-en min er fin, men", """
Hei. De hjelpte meg med CV-en i fjor, og eg har fått jobb. Takk! Men no er eg gravid og har berre vore tilsett i fem månader. Eg gruar meg til å fortelje det til leiaren. Korleis bør eg gjere det, og når? Eg har ein mellombels kontrakt som går ut i august.
Helsing Ragnhild
"""),
m(O, "nn", "despair_general", "Eg er så lei", """
hei

eg har vore arbeidsledig i eitt og eit halvt år no etter at prosjektstillinga mi i kommunen gjekk ut. eg har søkt over hundre stillingar og vore på sju intervju, og kvar gong får eg høyre at det var "veldig jamt". eg har gjort alt rett, har fått hjelp til CV og søknad, har øvd på intervju, har nettverka, har teke kurs.

no er eg så lei at eg nesten ikkje klarer å opne finn.no lenger. eg søv dårleg og kjenner meg ubrukeleg. familien min seier eg berre må halde ut. eg veit ikkje lenger om eg skal halde fram med å søkje innan faget mitt, eller om eg skal ta kva som helst jobb, eller om eg skal ta ei ny utdanning. eg er 38 og kjenner at tida renn ut.

eg veit ikkje kva eg ber om eigentleg. kanskje berre at nokon les dette og seier noko anna enn "hald ut".

helsing
Torunn
"""),
m(O, "nn", "statement", "Ny adresse", """
Berre til orientering: eg har ny e-postadresse frå i dag, bjorg.hauge@example.no. Takk.
"""),
m(O, "nn", "story_mentions_application", "Tilbake til Noreg etter ti år", """
Hei

Eg har budd i Skottland i ti år og jobba med lokalsamfunnsutvikling for ein frivillig organisasjon. No skal vi flytte heim til Sogn, og eg har byrja å sjå på stillingar i kommunane der. Eg har søkt på to stillingar alt, men det er ikkje det eg spør om. Det eg lurer på er korleis eg får godkjent den britiske masteren min i Noreg, og om eg kan bli medlem hjå dykk før eg har fått jobb. Eg er også usikker på kva eg må gjere med pensjonen eg har tent opp i Storbritannia.

Det er ein del praktiske ting å ordne, og eg har prøvd å finne svar på nettet, men det er mykje som gjeld anten studentar eller arbeidsinnvandrarar, og eg er jo ingen av delane. Eg er norsk, men har ikkje norsk arbeidserfaring, og eg kjenner at eg byrjar frå scratch. Om de har nokon medlemar som har flytta heim etter mange år ute, ville eg gjerne snakka med nokon av dei.

Helsing
Anders
"""),
]
