from common import m

O = "other"
MAILS = [
m(O, "nb", "career_change", "omskolering?", """
Hei

Jeg vet ikke helt om dette er noe dere svarer på men prøver likevel. Jeg er 39, har master i statsvitenskap fra 2011 og har jobbet i fylkeskommunen siden, først med samferdsel og nå med regional utvikling. Det er en trygg jobb og jeg har grei lønn og fine kolleger, så det er ikke det. Men jeg har i mange år hatt lyst til å jobbe med noe mer praktisk og nå har jeg begynt å se på sykepleierutdanningen på deltid. Mannen min synes jeg er gal, jeg har to barn på 8 og 11 og vi har boliglån som alle andre.

Det jeg lurer på er egentlig om noen andre medlemmer har gjort noe slikt og om det går an å kombinere med jobb i redusert stilling de første årene. Og hva skjer med medlemskapet mitt hos dere hvis jeg blir student igjen, må jeg bytte forbund etterpå? Jeg har ikke bestemt meg enda, bare tenker høyt

hilsen Trine
"""),
m(O, "nb", "career_change", "Bli selvstendig", """
Hei! Jeg har gått med en plan lenge: etter 14 år i et direktorat vil jeg etablere et enkeltpersonforetak og selge evalueringer til kommuner. To av kommunene jeg har samarbeidet med har antydet at de trenger slik hjelp. Finnes det regler om karantene når man har jobbet tett med de samme kundene fra staten? Og hvor mye bør jeg ha på bok før jeg tar spranget, med tanke på at det tar tid før fakturaene kommer inn?

Mvh Øyvind
"""),
m(O, "nb", "career_change", "", """
er det for sent å bytte bransje når man er 52? bare lurer
"""),
m(O, "nb", "career_change", "Fra HR til IT?", """
Hei,
jeg jobber som HR-rådgiver i en mellomstor bedrift og har de siste to årene fått mer og mer ansvar for HR-systemet vårt. Jeg merker at det er den delen av jobben jeg liker best, og jeg har tatt et par nettkurs i dataanalyse og SQL på kveldene. Nå vurderer jeg å ta en bachelor i informatikk på deltid over fire år, eller en kortere fagskole. Jeg er 36 og har ikke lyst til å bruke fire år på noe som ikke gir meg jobb til slutt. Samtidig er jeg redd for at jeg blir "HR-dama som kan litt Excel" hvis jeg ikke har papirer på det. Er det verdt det med en hel grad når jeg allerede har master, eller holder det med kurs og sertifiseringer for å få en jobb som systemansvarlig eller analytiker? Hva ser arbeidsgivere på? Og kan jeg få permisjon for å studere, eller må jeg i så fall gjøre det på kveldstid?

Vennlig hilsen
Camilla
"""),
m(O, "nb", "conflict", "Vanskelig situasjon med leder", """
Hei

Dette blir litt langt, beklager. Jeg har jobbet i en kommune i snart fem år som rådgiver i kommunalsjefens stab. For to år siden fikk vi ny leder og det har gått nedover siden. I starten var det små ting, hun overså meg i møter og ga oppgavene jeg pleide å ha til en nyansatt. I fjor høst søkte jeg på en intern stilling som fagkoordinator, jeg var på intervju og alt virket fint men den gikk til en annen og etter det har det blitt mye verre. Nå får jeg beskjed på e-post sent på kvelden om ting jeg har gjort feil, hun kommenterer klærne mine foran andre og sist uke sa hun i et allmøte at "noen her ikke henger med". Alle skjønte hvem hun mente.

Jeg har snakket med en kollega som har opplevd noe lignende, hun sluttet til slutt. Jeg vil egentlig ikke slutte, jeg liker jobben og kollegene. Jeg sover dårlig og gruer meg hver søndag. Fastlegen har foreslått at jeg blir sykmeldt noen uker men det føles som å gi opp.

Det jeg lurer på er hva jeg faktisk kan gjøre. Skal jeg gå til tillitsvalgt først eller til HR, eller rett til kommunaldirektøren? Er dette noe som kan kalles trakassering eller er jeg bare sårbar? Og hvis jeg sier fra, kan det slå tilbake på meg?

Hilsen Randi
"""),
m(O, "nb", "conflict", "kollega tar æren", """
Hei. En kollega presenterer arbeidet mitt som sitt eget overfor ledelsen, det har skjedd tre ganger nå, sist med en utredning jeg skrev nesten alene. Jeg er ikke typen som lager bråk men jeg blir sint. Hvordan tar man opp noe sånt uten at det blir en konflikt? Med leder eller med kollegaen direkte?
Ole
"""),
m(O, "nb", "conflict", "", """
sjefen kjefter på meg foran de andre på avdelingen. hva kan jeg gjøre
"""),
m(O, "nb", "leave", "Permisjon uten lønn", """
Hei,

Jeg har fått plass på et ettårig studium i Lisboa fra høsten og vil søke om permisjon uten lønn fra stillingen min i staten. Jeg har vært ansatt i sju år. Har jeg krav på å få permisjon, eller kan arbeidsgiver bare si nei? Og må søknaden om permisjon sendes et visst antall måneder før? Lurer også på om jeg mister pensjonsopptjening det året.

Takk
Mona
"""),
m(O, "nb", "leave", "Tilbake etter sykmelding", """
Hei.
Jeg har vært 100 % sykmeldt i fem måneder etter en lang periode med for mye jobb. Nå skal jeg snart begynne gradvis igjen, 40 % fra neste måned. Jeg er redd for at jeg havner rett tilbake i samme situasjon fordi ingen har tatt over sakene mine og innboksen min er full. Hva kan jeg forvente av arbeidsgiver når det gjelder tilrettelegging? Har jeg lov til å be om å ikke få tilbake de samme oppgavene?
hilsen Kari
"""),
m(O, "nb", "leave", "Lønn under sykmelding", """
Hei. Jeg tjener over 6G og har vært sykmeldt i tre uker. Nå sier lønningsavdelingen at jeg bare får sykepenger opp til 6G etter arbeidsgiverperioden. Men jeg trodde staten betalte full lønn under sykdom? Stemmer det de sier? Hva står i avtalen?
"""),
m(O, "nb", "leave", "Foreldrepermisjon og ny jobb", """
hei! jeg har akkurat signert kontrakt på ny jobb og begynner 1. mars men har ikke sagt noe om at jeg skal ha barn i juni. jeg vet jo at de ikke kan legge vekt på det men jeg føler meg litt dum. må jeg si det nå eller kan jeg vente til jeg har begynt? og får jeg foreldrepenger når jeg bare har vært der i 3 mnd? takk for svar
Ingrid
"""),
m(O, "nb", "leave", "Omsorgspermisjon for syk mor", """
Hei

Mora mi er alvorlig syk og jeg kommer sannsynligvis til å måtte være mye hos henne de neste månedene. Jeg jobber som seniorrådgiver i et departement. Finnes det noen form for permisjon jeg har rett på i en slik situasjon, og får jeg i så fall lønn? Jeg vil helst slippe å bli sykmeldt selv.

Vennlig hilsen
Terje
"""),
m(O, "nb", "layoff", "Omstilling i etaten – hva gjør jeg?", """
Hei,

Jeg jobber i et statlig direktorat som nå går gjennom en stor omstilling. Avdelingen min skal slås sammen med en annen og flyttes til Trondheim over to år. Vi har fått beskjed om at alle skal få tilbud om stilling i den nye organisasjonen, men de som ikke vil flytte blir "overtallige". Jeg er 58, bor i Oslo med hus og barnebarn og har ingen planer om å flytte.

Det er mye rykter på jobben. Noen sier vi har fortrinnsrett til andre stillinger i staten, andre sier det bare gjelder hvis man blir sagt opp formelt. Ledelsen sier de skal "legge til rette for gode individuelle løsninger" men ingen vet hva det betyr. En kollega har fått tilbud om en sluttpakke men hun er 63 og har det litt annerledes enn meg.

Det jeg trenger hjelp til er å forstå hvilke rettigheter jeg har. Hva er fortrinnsrett og hvordan fungerer det i praksis? Er det noe jeg bør gjøre nå før prosessen starter for alvor, eller skal jeg vente til jeg får et konkret tilbud? Og kan dere være med på et møte med arbeidsgiver hvis det blir aktuelt? Jeg har prøvd å snakke med tillitsvalgt lokalt men hun er selv berørt og sliter.

Med vennlig hilsen
Gunnhild
"""),
m(O, "nb", "layoff", "Nedbemanning", """
Vi har fått beskjed om nedbemanning i firmaet, 20 av 90 skal ut. Jeg har vært der i fire år og er en av få med master. Hvordan velger de ut hvem som må gå? Er det ansiennitet som gjelder? Har ingen tariffavtale hos oss, og ingen tillitsvalgt.
"""),
m(O, "nb", "layoff", "", """
Hei, firmaet skal nedbemanne og jeg har fått innkalling til drøftingsmøte på fredag. Kan noen fra dere hjelpe meg før det? Haster litt. Mvh Jens
"""),
m(O, "nb", "layoff", "sluttpakke", """
Hei. Jeg har fått tilbud om sluttpakke, ni månedslønner, hvis jeg signerer innen to uker. Det er i forbindelse med en omorganisering i selskapet. Pengene er fristende men jeg vet ikke om jeg gir fra meg noen rettigheter. Kan dere se på avtalen før jeg skriver under? Den er vedlagt.

Hilsen Stein
"""),
m(O, "nb", "study", "Doktorgrad eller jobb?", """
Hei,
jeg leverer masteroppgaven i sosiologi til våren og veilederen min har spurt om jeg vil søke på en stipendiatstilling i prosjektet hennes. Samtidig har jeg fått napp hos et konsulentselskap. Jeg liker forskning men er usikker på hva en doktorgrad gir meg hvis jeg ikke vil bli i akademia etterpå. Er en ph.d. en fordel eller en ulempe i arbeidslivet utenfor universitetet? Hvordan tenker andre rundt dette valget?

Hilsen Maren
"""),
m(O, "nb", "study", "Erfaringsbasert master ved siden av jobb", """
Hei

Jeg har en bachelor i administrasjon og ledelse og har jobbet i kommunen i ti år, de siste tre som enhetsleder. Nå har jeg lyst til å ta en erfaringsbasert master i offentlig ledelse, det finnes flere varianter, noen med samlinger og noen helt på nett. Arbeidsgiveren min har sagt at de kan dekke deler av studieavgiften, men de vil at jeg skal binde meg til å bli i tre år etterpå og betale tilbake hvis jeg slutter.

Jeg har tre spørsmål egentlig. Er det vanlig med slike bindingsavtaler og er det lov? Er det noen av programmene som har bedre rykte enn andre blant arbeidsgivere i offentlig sektor? Og finnes det stipend fra dere eller andre som kan dekke resten? Jeg har regnet på det og det blir ganske mye penger for oss hvis jeg må betale alt selv. Vi har to barn i barnehagen og kona mi jobber turnus, så det er ikke bare pengene heller, det er tiden. Men jeg kjenner at hvis jeg ikke gjør det nå så blir det aldri.

Hilsen
Eirik
"""),
m(O, "nb", "study", "", """
finnes det stipend fra dere til etter og videreutdanning? hvordan søker man
"""),
m(O, "nb", "study", "Hvilken master?", """
Hei! Jeg er ferdig med bachelor i sosiologi til sommeren og må velge master. Jeg vurderer enten samfunnsgeografi eller en master i organisasjon og ledelse. Jeg vil gjerne jobbe i offentlig sektor, kanskje med byutvikling eller med HR. Hvilken gir best muligheter for jobb? Er det mulig å snakke med en karriereveileder om dette?

mvh Aleksander
"""),
m(O, "nb", "thanks", "Takk!!", """
Tusen takk for hjelpen med lønnsforhandlingen! Jeg fikk 45 000 mer enn det første tilbudet og begynner i april. Skulle ikke tro det gikk an.
Hilsen Marte
"""),
m(O, "nb", "thanks", "Fikk jobben", """
Hei igjen

Vil bare si at jeg fikk jobben i Bydel Nordre! Dere hjalp meg med CV og søknad i januar og ga meg tips før intervjuet, og jeg tror virkelig det hjalp, særlig det med å forberede eksempler. Jeg begynner 1. mai. Ha en fin dag alle sammen.

Hilsen Sanna
"""),
m(O, "nb", "membership", "Utmelding", """
Hvordan melder jeg meg ut? Har fått jobb i en bedrift der de fleste er i et annet forbund
"""),
m(O, "nb", "membership", "innboforsikring", """
hei, jeg har sett at dere har innboforsikring gjennom medlemskapet. gjelder den også hvis jeg leier ut en del av leiligheten? og hvor sender jeg skademelding, vi hadde vannlekkasje på badet i helgen og leietakeren har fått ødelagt en pc. mvh Lars
"""),
m(O, "nb", "membership", "Slette CV fra jobbportalen", """
Hei,

For et par år siden la jeg inn CV-en min i jobbportalen deres da jeg søkte etter jobb. Nå har jeg fast stilling og ønsker ikke at CV-en og kontaktinfoen min ligger der lenger. Kan dere slette profilen og CV-en min helt? Jeg finner ikke noen knapp for det selv.

Mvh
Henriette
"""),
m(O, "nb", "membership", "Kontaktskjema: Karrieresamtale", """
Navn: Marius Eide
E-post: marius.eide@example.no
Medlemsnummer: 50329
Henvendelsen gjelder: Booking
Melding: Hei. Kan jeg booke en karrieresamtale på Teams i stedet for å møte opp? Jeg bor i Alta. Og hvor lang tid tar det før man får time?
"""),
m(O, "nb", "membership", "Medlemskontingent som student", """
Hei, jeg har vært studentmedlem i fem år og er nå ferdig utdannet i desember, men har ikke fått jobb ennå. Må jeg betale full kontingent nå? Jeg har jo ingen inntekt. Er det noen mellomordning for nyutdannede uten jobb?
Takk, Julie
"""),
m(O, "nb", "lawyer", "Oppsagt i prøvetiden", """
Hei

Jeg trenger råd, helst fra advokaten deres. Jeg begynte i en stilling som kommunikasjonsrådgiver i et privat selskap i september, med seks måneders prøvetid. Under intervjuet lovet de meg at jeg skulle få opplæring og en fadder de første månedene, men det kom aldri. Jeg fikk ansvar for tre store kunder fra første uke og fikk høre at "du lærer underveis". I desember hadde jeg en samtale med lederen min der hun sa at det gikk greit men at jeg måtte jobbe raskere. Ingenting skriftlig.

I forrige uke ble jeg kalt inn til et møte med HR og lederen og fikk oppsigelse, begrunnet med at jeg ikke har vist tilstrekkelig tilpasning til arbeidet. Jeg fikk ikke noe forvarsel og har ikke fått noen skriftlig tilbakemelding om hva som var galt underveis. Oppsigelsen er datert 2. februar og prøvetiden gikk ut 1. mars.

Er dette en lovlig oppsigelse? Jeg har lest at det skal mye til å si opp i prøvetiden men at de må ha gitt veiledning først. Jeg har frist på å kreve forhandlinger har jeg forstått, hvor lang er den? Jeg har oppsigelsesbrevet og e-postene fra lederen hvis dere trenger dem.

Mvh
Kristoffer
"""),
m(O, "nb", "lawyer", "Endret arbeidssted uten avtale", """
Hei. Arbeidsgiveren min har bestemt at hele avdelingen skal flytte fra Lillestrøm til Oslo sentrum fra august. I arbeidsavtalen min står det Lillestrøm som arbeidssted. Det betyr nesten to timer mer reisevei hver dag for meg. Kan de gjøre det uten at jeg godtar det? Er det et brudd på arbeidsavtalen? Jeg vil gjerne at advokaten deres ser på avtalen min.

Hilsen Vibeke
"""),
m(O, "nb", "lawyer", "Overtid ikke utbetalt", """
hei. arbeidsgiver har ikke utbetalt lønn for overtid siden oktober. jeg har ført timer nøye og levert timelister hver måned. nå sier de at stillingen min er "særlig uavhengig" og at jeg ikke har krav på overtidsbetaling, men det står ingenting om det i kontrakten og jeg har ikke lederansvar. er dette lov? hva gjør jeg? det er snakk om ca 60 timer.
"""),
m(O, "nb", "lawyer", "Advarsel", """
Hei, jeg har fått en skriftlig advarsel fordi jeg skal ha vært "illojal" ved å kritisere en beslutning på et internmøte. Jeg mener jeg bare sa min faglige mening. Advarselen skal ligge i personalmappen min. Kan jeg kreve at den fjernes? Hilsen Per Arne
"""),
m(O, "nb", "story_mentions_application", "utbrent etter ny jobb", """
Hei

Jeg vet ikke helt hvor jeg skal begynne. I fjor vår søkte jeg på en lederstilling i en stor kommune, jeg hadde intervju i to runder og fikk den, og alle sa gratulerer og at dette var drømmejobben. Jeg forhandlet til og med frem en grei lønn med hjelp fra dere, takk for det forresten. Men fra første dag har det vært for mye. Jeg har personalansvar for 23 personer, et budsjett som ikke går opp og en kommunaldirektør som forventer svar på e-post kl 22. Jeg har gått ned fem kilo og sover fire-fem timer.

Jeg har ikke vært sykmeldt en eneste dag, jeg vil ikke være den som ikke klarer det. Men nå i jul kjente jeg at jeg ikke orket å dra tilbake etter ferien, og jeg satt i bilen på parkeringsplassen i tjue minutter før jeg gikk inn den første dagen.

Mannen min mener jeg skal gå tilbake til en rådgiverstilling. Jeg føler at det er et nederlag. Hvordan vet man om man er utbrent eller bare sliten? Og er det vanlig å gå ned fra en lederstilling, hvordan gjør man det uten at det ser ut som man har feilet? Jeg trenger kanskje bare noen å snakke med som ikke er venner eller familie.

Hilsen Elin
"""),
m(O, "nb", "story_mentions_application", "Tilbake til forskning?", """
Hei

Jeg har lest nettsidene deres og ser at dere tilbyr karriereveiledning, så jeg prøver meg. Dette blir nok langt.

Jeg tok doktorgrad i sosialantropologi for åtte år siden og hadde to postdoc-perioder etterpå. Da det ikke ble noen fast stilling bestemte jeg meg for å gå ut av akademia. Det var en tøff prosess. Jeg skrev vel over førti søknader det første året, mange til stillinger jeg egentlig ikke ville ha, og jeg lærte meg å skrive om CV-en min så den ikke så ut som en publikasjonsliste. Jeg var på tolv intervjuer før jeg fikk en stilling som seniorrådgiver i et direktorat, og jeg var veldig takknemlig. Lønnen er faktisk bedre enn på universitetet.

Nå har jeg vært her i tre år. Jeg er flink i jobben tror jeg, jeg har fått gode tilbakemeldinger og ansvaret for et par store utredninger. Men jeg savner forskningen mer enn jeg trodde. Jeg savner å lese, å skrive, å diskutere med folk som bryr seg om de samme spørsmålene. Jeg har begynt å skrive en artikkel på kveldene, men det er vanskelig å holde tråden.

Nå ser jeg at et forskningsinstitutt har lyst ut en forskerstilling innenfor feltet mitt. Jeg vurderer om jeg skal søke, men mest lurer jeg på noe større. Er det i det hele tatt mulig å komme tilbake til forskning etter tre år i forvaltningen, eller har jeg brent broene? Ser instituttene på forvaltningserfaring som en fordel eller som et hull? Og er det naivt å tro at jeg blir lykkeligere av det, når jeg vet hvor usikkert det var? Jeg har familie nå og ikke like mye fleksibilitet som da jeg var 30.

Jeg hadde satt pris på en samtale med en av rådgiverne deres om dette, hvis det er mulig. Jeg trenger ikke hjelp med selve søknaden, det kan jeg, men med å tenke gjennom om det er riktig å gjøre det.

Vennlig hilsen
Helge
"""),
m(O, "nb", "story_mentions_application", "Hva vil jeg egentlig?", """
Hei, jeg sendte en søknad til et departement forrige måned og mens jeg skrev den skjønte jeg at jeg egentlig ikke har lyst på den jobben i det hele tatt, jeg søkte bare fordi det var neste naturlige steg. Jeg har vel ikke tenkt gjennom hva jeg vil på ti år. Kan jeg få en samtale med en karriereveileder om det? Ikke om søknaden altså, den er sendt og det får gå som det går.
mvh Silje
"""),
m(O, "nb", "story_mentions_application", "Lønn og samvittighet", """
Hei

Jeg ble nettopp ferdig med master i samfunnsøkonomi og har fått to tilbud. Det ene er fra et stort konsulentselskap, med lønn på 720 000 og mye reising og lange dager. Det andre er fra en liten humanitær organisasjon, med lønn på 540 000 og en jobb som faktisk handler om det jeg studerte for å gjøre. Jeg har forhandlet på begge og de kommer ikke lenger opp, så det er ikke lønnen jeg lurer på.

Familien min mener jeg må ta konsulentjobben "mens jeg er ung", og at jeg kan gå over til frivillig sektor senere. Vennene mine sier det motsatte. Jeg har studielån på 400 000 og bor i en liten hybel. Jeg har laget regneark og lister med fordeler og ulemper og jeg blir ikke klokere. Hver gang jeg tror jeg har bestemt meg, våkner jeg neste morgen og tenker det motsatte. Jeg har snakket med en som jobber i konsulentselskapet og hun var ærlig på at de første to årene er slitsomme, men at man lærer enormt mye.

Spørsmålet mitt er mer: hvordan tar man et slikt valg? Er det lettere å gå fra konsulent til frivillig sektor enn omvendt? Jeg har frist til mandag.

Hilsen Jonas
"""),
m(O, "nb", "story_mentions_application", "Intervju, så stillhet, så dette", """
Hei. Jeg hadde intervju i en kommune i november og var sikker på at jeg fikk den stillingen. Det gjorde jeg ikke. Siden har jeg egentlig bare ligget på sofaen og tenkt at kanskje statsvitenskap var feil valg. Alle vennene mine har jobb. Jeg lurer på om jeg heller skal ta lærerutdanning, PPU, det er jo jobb der. Er det dumt å gi opp så fort? Eller er det smart?
Hilsen Sander
"""),
m(O, "nb", "story_mentions_application", "Ikke om CV-en", """
Hei igjen. Dere så over CV-en min i fjor (svaret ligger under) og den er fin, det er ikke det. Problemet er at jeg har kommet i en jobb der jeg ikke får brukt noe av det jeg kan, og sjefen sier jeg er "overkvalifisert" når jeg spør om mer ansvar. Jeg har foreslått to prosjekter, men fått beskjed om at det "ikke er rom for det nå". Hvordan kommer jeg meg videre internt? Eller er det bare å se seg om etter noe annet?
Mvh Tone

Fra: Karriere <karriere@example.no>
Sendt: onsdag 14. mai 2025 15:20
Til: Tone Rasmussen <tone.rasmussen@example.no>
Emne: SV: CV til gjennomlesning

Hei Tone,

Takk for CV-en. Den er ryddig og omvendt kronologisk, og du trenger verken bilde eller fødselsdato. Vi foreslår at du korter ned beskrivelsen av de eldste stillingene og tilpasser sammendraget øverst til hver stilling du søker.

Vennlig hilsen
Karriererådgivningen
"""),
m(O, "nb", "story_mentions_application", "Flytte hjem til Nord-Norge", """
Hei. Jeg og samboeren vurderer å flytte hjem til Vesterålen. Hun har allerede søkt og fått jobb som lærer der, men for meg med master i statsvitenskap er det jo ikke akkurat mange stillinger. Jeg har sett på kommunene i regionen og fylkeskommunen i Bodø. Er det realistisk å jobbe mest hjemmefra for en arbeidsgiver i Oslo? Hvordan ser arbeidsmarkedet ut for oss der oppe? Noen som har erfaring med dette?
Hilsen Mathias
"""),
m(O, "nb", "despair_general", "vet ikke hva jeg skal gjøre", """
hei

jeg har søkt på over 80 jobber siden jeg var ferdig med masteren i fjor sommer. jeg har vært på fem intervjuer og fått nei på alle. jeg har fått hjelp med cv og søknad fra karrieresenteret på universitetet og fra dere og alle sier at den er bra. jeg jobber nå i butikk 60 % og bor hjemme hos mamma og pappa. alle vennene mine fra studiet har jobb nå.

jeg sover dårlig og klarer ikke å glede meg over noe. jeg vet ikke om jeg skal fortsette å søke på samme type jobber eller om jeg bare skal gi opp hele greia og ta en helt annen utdanning. kanskje jeg valgte feil allerede for fem år siden. jeg vet ikke hva jeg skal gjøre med livet mitt egentlig og jeg vet ikke hvem jeg skal spørre. mamma mener jeg bare må søke bredere, pappa mener jeg burde bli lærer. finnes det noen hos dere som jeg kan snakke med?

Emilie
"""),
m(O, "nb", "despair_general", "", """
hva skal jeg gjøre med livet. master i sosiologi, 31 år, ingen retning. noen tips?
"""),
m(O, "nb", "despair_general", "Stuck", """
Hei. Jeg er 46 og føler jeg har stått stille i ti år. Samme jobb, samme oppgaver, søker av og til på noe nytt men kommer aldri videre. Jeg vet ikke om det er meg eller markedet. Jeg tror jeg trenger å finne ut hva jeg egentlig er god til før jeg gjør noe mer. Finnes det noen tester eller kartlegging dere bruker? Eller kan man få flere samtaler over tid?
"""),
m(O, "nb", "statement", "Ny e-postadresse", """
Til info: jeg har byttet jobb og har ny e-postadresse, kari.nordhagen@example.no. Den gamle jobbadressen slutter å virke neste uke.
"""),
m(O, "nb", "statement", "Svar på spørreundersøkelsen", """
Hei. Jeg fikk en spørreundersøkelse fra dere om karrieretjenesten men lenken virker ikke. Bare så dere vet. Ellers var jeg fornøyd med samtalen.
Mvh Bjørn
"""),
m(O, "nb", "complaint", "Standardsvar", """
Hei

Jeg skrev til dere for to uker siden med et ganske konkret spørsmål om situasjonen min, og fikk tilbake et svar som like gjerne kunne vært kopiert fra nettsiden deres. Det sto ingenting om det jeg faktisk spurte om, og navnet mitt var til og med stavet feil. Jeg betaler over 6000 kroner i året i kontingent. Jeg forventer ikke mirakler, men at noen faktisk leser det jeg skriver.

Johanne
"""),
m(O, "nb", "statement", "Sluttet", """
hei, bare så dere vet har jeg sluttet i jobben i kommunen og begynt i et privat selskap, så tillitsvalgt der trenger ikke ha meg på lista lenger
"""),
m(O, "nb", "conflict", "Varsling", """
Hei,

Jeg har oppdaget at en leder på avdelingen min har latt en venn få et konsulentoppdrag uten anbud, flere hundre tusen kroner. Jeg er ganske sikker på at det ikke er lov, men jeg er redd for hva som skjer med meg hvis jeg varsler. Jeg har vært ansatt i to år og har en midlertidig kontrakt som skal fornyes til sommeren. Hvordan varsler man på en trygg måte? Det er ikke første gang heller. Jeg har sett lignende ting i to andre saker det siste året, men da var beløpene mindre.

Jeg har snakket med én kollega om det, og hun sa at jeg bare burde la det ligge fordi "sånn har det alltid vært". Det plager meg. Jeg har tatt kopier av e-postene der oppdraget ble avtalt, men jeg vet ikke om jeg hadde lov til det heller. Kan dere hjelpe meg, og er det taushetsplikt hos dere?

Hilsen
(vil helst være anonym i første omgang)
"""),
m(O, "nb", "conflict", "Møte med HR om samarbeidsproblemer", """
Hei. Jeg er innkalt til et møte med HR og min leder om "samarbeidsutfordringer" i teamet. Jeg vet ikke hva som skal tas opp, men jeg tror det handler om en konflikt jeg har hatt med en kollega om fordeling av oppgaver. Kan jeg ta med meg noen på møtet? Bør jeg be om en agenda på forhånd? Møtet er på torsdag.
Mvh Geir
"""),
m(O, "nb", "career_change", "Fra offentlig til privat", """
Hei!

Jeg har jobbet i staten i elleve år og har lyst til å prøve meg i privat sektor, helst i et konsulentselskap eller i en stor bedrift med samfunnsansvar/bærekraft. Men jeg lurer litt på hva jeg gir fra meg. Jeg har hørt at pensjonen i Statens pensjonskasse er mye bedre, og at man mister noe hvis man går ut. Stemmer det? Og hvordan er det med ting som fleksitid, permisjoner, ferie osv i private selskaper, er det dårligere? Jeg vil gjerne ha et helhetlig bilde før jeg begynner å søke. Lønnen tror jeg nok blir bedre, men det er ikke hovedpoenget. Jeg er 41, har to barn og en partner som også jobber fullt, så forutsigbarhet betyr mye for oss. Samtidig kjenner jeg at jeg trenger noe nytt og at jeg har blitt litt for komfortabel. Noen kolleger som har gått over sier det var det beste de har gjort, andre kom tilbake etter to år.

Hilsen Nina
"""),
m(O, "nb", "membership", "Kurs i prosjektledelse", """
Har dere noen kurs for medlemmer i prosjektledelse eller offentlige anskaffelser? Gjerne digitalt. Takk!
"""),
m(O, "nb", "layoff", "Midlertidig stilling går ut", """
Hei. Jeg har vært midlertidig ansatt i et prosjekt i et direktorat i tre år og fire måneder nå, på tre ulike kontrakter. Kontrakten går ut i juni og de sier prosjektet ikke får mer penger. Jeg har hørt at man kan ha krav på fast stilling etter tre år i staten. Gjelder det meg? Jeg har ikke fått noe skriftlig om at kontrakten avsluttes ennå.
Mvh Anders
"""),
m(O, "nb", "thanks", "SV: takk", """
Takk for raskt svar, det var til god hjelp. Jeg tar kontakt igjen hvis det blir aktuelt med advokat.

Hilsen Line

Fra: Karriere <karriere@example.no>
Sendt: tirsdag 10. februar 2026 14:02
Til: Line Aasen <line.aasen@example.no>
Emne: SV: Endringer i arbeidstid

Hei Line,

Takk for at du skrev til oss. Når arbeidsgiver vil endre arbeidstiden din vesentlig, må det som hovedregel skje etter drøfting, og større endringer kan kreve at arbeidsavtalen endres. Ta gjerne kontakt med tillitsvalgt lokalt først.

Vennlig hilsen
Karriererådgivningen
"""),
m(O, "nb", "study", "Søknad om studieplass – sent ute", """
Hei, jeg har glemt fristen for søknad om opptak til masterprogrammet i Bergen, den var 15. april. Er det noen måte å komme inn likevel? Og hvis ikke, hva er lurt å gjøre i et år? Jobbe eller ta enkeltemner?
Hilsen Kasper
"""),
m(O, "nb", "statement", "Intervju med meg i medlemsbladet?", """
Hei! En journalist fra medlemsbladet deres har spurt om å intervjue meg om overgangen fra forskning til forvaltning. Jeg har sagt ja, bare ville si at jeg gjerne leser gjennom sitatene før det trykkes. Hun sa at det var greit, men jeg skriver det her også så det er notert.
Mvh Åsmund
"""),
]
MAILS += [
m(O, "nb", "story_mentions_application", "Lang historie, kort spørsmål", """
Hei,

jeg har vært medlem i mange år men aldri skrevet til dere før. jeg beklager på forhånd at dette blir langt og kanskje litt rotete, jeg skriver på mobilen på toget.

for tre år siden søkte jeg meg bort fra en jobb i kommunen jeg hadde hatt i femten år, fordi jeg hadde fått ny leder og det skar seg. jeg fikk jobb i et statlig tilsyn etter et veldig langt intervjuløp med case og test og referanser og hele pakka, og jeg var ærlig talt stolt. lønnen gikk opp nesten hundre tusen. men det viste seg at jobben var noe helt annet enn det som sto i utlysningen, mye mer kontroll og saksbehandling og mye mindre utviklingsarbeid som var det jeg ville. jeg har prøvd å snakke med leder om det men hun sier at "sånn er det her".

samtidig har faren min blitt dement og jeg er den eneste av søsknene som bor i nærheten, så jeg kjører til ham tre-fire ganger i uka etter jobb. jeg er sliten hele tiden. jeg har begynt å tenke på om jeg burde gå ned i 80 % en periode, men jeg vet ikke om jeg har rett til det eller om det vil ødelegge for meg videre. jeg er 54 og har ikke lyst til å bli satt på sidelinja.

så spørsmålet mitt er egentlig: har jeg rett til å redusere stillingen på grunn av omsorg for en forelder, og hva gjør det med pensjonen? alt det andre får jeg ta senere.

hilsen Turid
"""),
m(O, "nb", "layoff", "Overtallig etter sammenslåing", """
Hei

Kommunen vår slås sammen med nabokommunen fra nyttår, og i den nye organisasjonen er det bare én stilling som rådgiver for folkehelse, mens vi i dag er to, meg og en kollega i den andre kommunen. Vi har fått beskjed om at begge kan søke på den nye stillingen og at den som ikke får den blir "innplassert" et annet sted. Jeg har sett utkastet til innplasseringsplanen og jeg står oppført under "fellestjenester", uten noen beskrivelse av hva jeg skal gjøre.

Jeg har vært ansatt i 17 år, kollegaen min i seks. Hun er yngre og har en master jeg ikke har, men jeg har mye mer erfaring. Jeg skjønner ikke hvorfor vi skal søke på vår egen jobb. Er ikke ansiennitet viktig lenger? Hva betyr egentlig innplassering og kan jeg si nei til å bli flyttet til en stilling jeg ikke har bedt om? Jeg er redd for å ende opp med å sortere post.

Vi har et møte med prosjektleder for sammenslåingen om to uker. Tillitsvalgt er med, men jeg vil gjerne ha et råd fra dere også, gjerne skriftlig så jeg har noe å vise til.

Hilsen
Bente
"""),
]
