from common import m

C = "cv"
MAILS = [
# ---------------- bokmål ----------------
m(C, "nb", "short", "", """
folk på jobben krangler om portrett på cv. blir det minus uten?
"""),
m(C, "nb", "short", "CV", """
Kan noen se over CV-en min? Søker rådgiverstillinger i staten. Vedlagt.
"""),
m(C, "nb", "long_story", "hjelp med cv (lang historie)", """
hei

jeg vet ikke helt hvor jeg skal begynne men jeg prøver. jeg er 34 og har en litt rar karriere. jeg tok bachelor i sosiologi i Trondheim og jobbet så to år i en bank i kundeservice fordi jeg trengte penger. så tok jeg master i statsvitenskap i Oslo, og etter det var jeg ett år i et prosjekt i en frivillig organisasjon, så to år som konsulent i et lite byrå som gikk konkurs, og så har jeg nå vært tre år i en kommune som rådgiver på oppvekst. innimellom bodde jeg et halvt år i Spania med kjæresten min og jobbet litt frilans med oversettelse.

alt dette henger jo sammen i hodet mitt, jeg har hele tiden jobbet med folk og med analyse og med å skrive. men når jeg ser på cv-en min ser det ut som jeg ikke klarer å bestemme meg. den er på tre sider og har en lang liste med alt jeg har gjort, med stikkord under hver jobb.

nå vil jeg søke meg til et direktorat, helst noe med analyse eller utredning på oppvekstfeltet. jeg har fått tips om at cv-en bør vise en "rød tråd" men jeg vet ikke hvordan man gjør det når karrieren ser ut som et puslespill. skal jeg fjerne bankjobben og Spania? kan man ha et sammendrag øverst? og hvor mye skal jeg skrive om konkursen, det var jo ikke min feil

hilsen Erlend
"""),
m(C, "nb", "long_story", "Hull i CV-en etter sykdom", """
Hei

Jeg har et spørsmål som jeg synes er litt vanskelig å stille. For tre år siden fikk jeg en alvorlig depresjon og var sykmeldt i over et år fra jobben min som rådgiver i en fylkeskommune. Etter det ble jeg ufør på 50 prosent i en periode, og jeg sa opp jobben fordi jeg ikke klarte å gå tilbake dit. Det siste året har jeg jobbet 60 prosent i en vikarstilling i en kommune, og det har gått bra. Jeg er mye bedre nå, og jeg har lyst til å komme tilbake til en fast stilling på fulltid.

Problemet er CV-en. Det er et hull på nesten to år, og så en deltidsstilling. Jeg vet at jeg ikke har plikt til å fortelle om helsen min, og jeg vil ikke det heller, men jeg vet ikke hva jeg skal skrive. Skal jeg la perioden stå tom? Skrive "permisjon"? "Sykdom"? Eller "familiære årsaker", som ikke er sant? Og hvordan skal jeg forklare at jeg nå har jobbet deltid? Skal det stå at det var 60 prosent?

Jeg har også lurt på om jeg skal nevne det i søknadsbrevet, for å komme spørsmålene i forkant.

Hilsen
Tone
"""),
m(C, "nb", "indirect", "Søknadsbrevet mitt", """
Hei. Søknadsbrevet mitt er på to sider og jeg tror kanskje det er for langt, men jeg vet ikke hva jeg skal kutte. Jeg har med en del om hvorfor jeg vil bytte fra skole til forvaltning. Jeg lurer på om noen kunne sett på det.
Mvh Knut
"""),
m(C, "nb", "mixed", "CV og intervju", """
Hei! Jeg skal søke en stilling som seniorrådgiver i et departement. Hvordan skal CV-en se ut for staten, er det egne forventninger der? Og hvis jeg kommer på intervju, hvordan forbereder man seg til et intervju i et departement?
Hilsen Eva
""", sec="interview"),
m(C, "nb", "reply_quoted", "SV: Spørsmål om lønnskrav", """
Takk for hjelpen med lønnen, det gikk fint! Nå har jeg et nytt spørsmål: jeg skal oppdatere LinkedIn-profilen min etter jobbyttet. Hvor mye skal jeg skrive om den nye rollen, og bør jeg fjerne gamle sommerjobber fra profilen?

Hilsen Mads

Fra: Karriere <karriere@example.no>
Sendt: torsdag 15. januar 2026 09:30
Til: Mads Eriksen <mads.eriksen@example.no>
Emne: SV: Spørsmål om lønnskrav

Hei Mads,

Når du får spørsmål om lønnsforventninger underveis, oppgi et spenn basert på statistikk heller enn ett lavt tall.

Vennlig hilsen
Karriererådgivningen
"""),
m(C, "nb", "form", "Henvendelse via nettskjema", """
Navn: Lene Kvam
E-post: lene.kvam@example.no
Medlemsnummer: 27760
Henvendelsen gjelder: CV og søknad
Melding: Jeg har vært hjemme med barn i fire år og skal tilbake i jobb. Hvordan beskriver jeg de årene i CV-en uten at det ser ut som jeg har "gjort ingenting"?
"""),
m(C, "nb", "long_story", "Åpen søknad", """
Hei,

Det finnes et lite analyseselskap her i Tromsø som jeg har fulgt med på lenge. De jobber med evalueringer for kommuner og fylkeskommuner i nord, akkurat det jeg er interessert i. Jeg har master i samfunnsplanlegging og har jobbet tre år i en kommune i Troms med plan og folkehelse. De har ingen stillinger ute nå, og på nettsiden står det at de "alltid er interessert i å høre fra dyktige folk".

Jeg har lyst til å sende en åpen søknad, men jeg har aldri gjort det før, og jeg vet ikke hvordan den skal se ut. Skal den være som en vanlig søknad, bare uten å vise til en stilling? Hvor konkret skal jeg være på hva jeg kan bidra med? Jeg er redd for at den blir for generell og havner i en skuff, eller for påtrengende.

Og hvem skal jeg sende den til, daglig leder eller post@-adressen? De er bare åtte ansatte.

Hilsen
Jorunn
"""),
m(C, "nb", "short", "", """
søknadsbrevet mitt tar halvannen side nå. må alt kuttes ned til én?
"""),
m(C, "nb", "long_story", "50+ og CV på fem sider", """
Hei

Jeg er 58 og har jobbet i over 30 år, de siste 15 i ledende stillinger i kommunal sektor. Nå er enheten min lagt ned i en omorganisering, og jeg må søke nytt. CV-en min er på fem sider og inneholder alt fra min første jobb som saksbehandler i 1991. En yngre kollega sa at "ingen gidder å lese mer enn to sider" og at jeg burde kutte alt før 2005. Men jeg er redd for at det ser ut som jeg skjuler alderen, og dessuten er mye av erfaringen min fra 90-tallet faktisk relevant for stillingene jeg ser på.

Hvordan oppsummerer man tretti år på to sider uten å miste det viktigste? Og bør jeg ta med fødselsdato, eller er det ikke vanlig lenger? Jeg har også lurt på om jeg bør ta med alle kursene jeg har tatt, det er en lang liste, blant annet lederutdanning, prosjektledelse og en del kurs i arbeidsrett. Og søknadsbrevet: skal jeg nevne at enheten min er lagt ned, eller holder det at det står i CV-en?

Vennlig hilsen
Arne
"""),
m(C, "nb", "indirect", "", """
hei. jeg har søkt på mange forskjellige typer stillinger det siste halvåret, alt fra kommunikasjon til saksbehandling, og sender stort sett den samme cv-en og et ganske likt brev hver gang, bare med nytt navn på arbeidsgiver. lurer på om det kan være derfor jeg ikke får svar
"""),
m(C, "nb", "long_story", "har søkt i et år", """
hei

jeg er ferdig med master i sosialt arbeid og har jobbet som miljøterapeut i tre år mens jeg har søkt på rådgiverstillinger i kommuner og i staten. jeg har søkt på sikkert 50 stillinger nå og har vært på to intervjuer. det er greit, jeg er ikke deprimert eller noe, jeg skjønner at det er mange søkere. men jeg tror det er noe med hvordan jeg presenterer meg.

når jeg leser gjennom søknadene mine så ser jeg at jeg skriver mye om hva jeg har gjort, men kanskje ikke så mye om hvorfor det er relevant for stillingen. og i cv-en står det bare "miljøterapeut, tiltak for unge" og så noen stikkord. det er ikke så lett å forklare en arbeidsgiver i forvaltningen at jeg har skrevet tiltaksplaner og hatt samarbeidsmøter med barnevern og skole og NAV hver uke i tre år.

jeg har lest at man skal "tilpasse" søknaden til hver stilling, men hva betyr det konkret? skriver man om hele brevet hver gang? og hvordan får jeg frem den praktiske erfaringen min på en måte som gjør at den ser relevant ut for en rådgiverjobb? jeg legger ved den siste søknaden og cv-en hvis dere har tid

mvh Sondre
"""),
m(C, "nb", "mixed", "søknad + ringe?", """
Hei, skriver søknad nå til en stilling med frist på søndag. Hvordan starter man et søknadsbrev så det ikke blir "Jeg viser til annonse på finn.no"? Og er det for sent å ringe kontaktpersonen nå, to dager før fristen?
Mvh Kaja
""", sec="followup"),
m(C, "nb", "reply_quoted", "Re: CV", """
Takk for kommentarene! Jeg har kortet ned til to sider. Men nå lurer jeg på om jeg skal ha "nøkkelkompetanse" øverst eller bare starte med erfaring? Ser begge deler.

> Hei Silje,
> CV-en blir lettere å lese hvis du holder den kort og omvendt kronologisk.
> Hilsen Karriererådgivningen
"""),
m(C, "nb", "long_story", "Fra forskning til forvaltning – CV", """
Hei,

Jeg har en doktorgrad i sosiologi og har jobbet som forsker på et institutt i sju år. Nå vil jeg over i forvaltningen, helst et direktorat. Jeg har en akademisk CV på åtte sider med publikasjoner, konferanser, undervisning og forskningsprosjekter. En venn i et direktorat sa at den "ikke kommer til å bli lest" og at jeg må lage en helt ny.

Jeg skjønner logikken, men jeg er usikker på hva jeg skal ta med. Skal publikasjonene ut helt, eller skal jeg ha et utvalg? Hvordan beskriver jeg forskningsprosjektene slik at de ser ut som prosjektledelse og analyse, som er det forvaltningen vil ha? Og hvordan bør søknadsbrevet se ut, ett eller to sider? Jeg er vant til å skrive lange tekster.

Jeg har også fått høre at forvaltningen er skeptisk til forskere fordi vi "skriver for langt og bruker for lang tid". Hvordan motbeviser jeg det i søknaden?

Jeg vil gjerne ha noen konkrete råd før jeg søker på en stilling med frist om to uker.

Hilsen
Håvard
"""),
m(C, "nb", "indirect", "LinkedIn", """
Hei. Jeg har en LinkedIn-profil jeg laget da jeg studerte, og den har ikke blitt oppdatert på fem år. Jeg hører at rekrutterere ser på den. Jeg lurer på hvor mye arbeid jeg bør legge i den, og hva som er viktigst å få på plass.
Hilsen Birgitte
"""),
m(C, "nb", "long_story", "søknad til drømmejobben, hjelp", """
Hei!

Jeg har endelig sett stillingen jeg har ventet på i flere år: rådgiver i en stiftelse som jobber med integrering av flyktninger i arbeidslivet. Jeg har selv kommet til Norge som flyktning fra Eritrea for femten år siden, tok norsk på videregående, og har nå master i samfunnsgeografi og fem års erfaring fra NAV og en kommune. Jeg brenner for dette feltet.

Men nettopp fordi jeg bryr meg så mye, vet jeg ikke hvordan jeg skal skrive søknaden. Skal jeg fortelle min egen historie? Det er jo den som gjør at jeg forstår brukerne, men jeg vil ikke at søknaden skal bli "synd på meg", og jeg vil bli vurdert på kompetansen min. Samtidig tror jeg de ønsker noen med egen erfaring. Jeg har skrevet tre utkast, ett uten historien, ett med mye og ett midt imellom, og jeg klarer ikke å bestemme meg.

Hvor mye personlig historie passer i en søknad i Norge? Og kan noen se på utkastene? Fristen er om ti dager.

Takk!
Senait
"""),
m(C, "nb", "short", "", """
må man ha med karakterer/vitnemål i søknaden eller bare når de spør?
"""),
m(C, "nb", "long_story", "CV etter mange år som selvstendig", """
Hei

Jeg har drevet eget enkeltpersonforetak som konsulent i ni år, med oppdrag for kommuner, fylkeskommuner og noen frivillige organisasjoner, mest innen prosessledelse, evaluering og utredning. Nå vil jeg tilbake til en fast stilling, helst i en fylkeskommune. Jeg er 49.

Jeg sliter med hvordan jeg skal presentere de ni årene i CV-en. Skal jeg liste opp alle oppdragene, det er over 40, eller gruppere dem? Jeg har også hørt at noen arbeidsgivere er skeptiske til folk som har vært selvstendige lenge, at de tror man ikke passer inn i en organisasjon eller ikke vil ha en sjef. Hvordan møter jeg det i søknaden? Og kan jeg oppgi kundene som referanser? Noen av dem har jeg jobbet med i mange år, andre bare på ett oppdrag. Jeg har også hatt et par oppdrag som ikke gikk så bra, der kunden og jeg var uenige om leveransen, og jeg vet ikke om jeg skal ta dem med i det hele tatt. I dag har CV-en en lang liste med oppdragsgivere og årstall, men ingenting om hva jeg faktisk fikk til.

Mvh
Geir
"""),
m(C, "nb", "mixed", "Søknad og lønnsønske", """
Hei, i søknaden til en stilling i et privat selskap ber de om lønnsønske. Skal jeg skrive det i søknadsbrevet eller i en egen e-post? Hvordan formulerer jeg selve søknaden da, så det ikke blir det første de ser?
Mvh Lars
""", sec="salary"),
m(C, "nb", "long_story", "Søknad til stilling i egen etat – blir jeg forbigått?", """
Hei. Jeg har jobbet som førstekonsulent i en statlig etat i fem år, og nå har de lyst ut en stilling som rådgiver i min egen seksjon. Lederen min har oppfordret meg til å søke. Men jeg vet at en kollega som har vært her kortere, men har master (jeg har bachelor), også søker.

Jeg lurer på hvordan jeg skriver en søknad til en stilling der alle allerede kjenner meg. Skal jeg skrive like formelt og grundig som til en fremmed arbeidsgiver? Eller blir det rart å "forklare" ting til folk jeg sitter ved siden av hver dag? Jeg vil få frem at jeg har gjort mye av rådgiverjobben allerede i praksis, uten at det virker som jeg klager på at jeg ikke har fått tittelen. Og hvordan bør jeg forholde meg til at jeg ikke har master? Skal jeg nevne det, eller la være? Jeg tok noen emner på masternivå for et par år siden, men fullførte ikke, fordi jeg fikk barn. Skal de emnene stå i CV-en, eller ser det ut som noe halvferdig?

Hilsen
Anette
"""),
m(C, "nb", "form", "Melding fra nettsiden", """
Navn: Ali Hassan
E-post: ali.hassan@example.no
Medlemsnummer: 91044
Henvendelsen gjelder: CV
Melding: Hei, jeg har utdanning fra Pakistan (master i offentlig administrasjon) og er godkjent av HK-dir. Hvordan skal jeg skrive utdanningen på CV-en så norske arbeidsgivere forstår nivået? Skal jeg legge ved godkjenningen?
"""),
# ---------------- English ----------------
m(C, "en", "short", "", """
photo on CV in Norway yes or no?
"""),
m(C, "en", "long_story", "CV looks too 'foreign'?", """
Hello,

I'm from Greece and moved to Oslo eighteen months ago with my Norwegian partner. I have a master's in social policy from Athens and a second master's from the LSE, and I worked for six years at a think tank in Athens and two years at a European NGO in Brussels. I've been applying for adviser positions in the public sector here, mostly ones in English or where Norwegian is "an advantage", and I have had zero interviews out of about twenty-five applications.

My CV is in the European format: photo, date of birth, nationality, marital status, and a "personal profile" section at the top. It's three pages. My cover letters are quite formal ("Dear Sir or Madam, I am writing to express my interest...") and about a page and a half. A Norwegian friend looked at them and said they "look very foreign" but couldn't explain exactly what she meant.

What does a Norwegian employer expect? Should I remove the photo and personal details? Should I translate my degrees into Norwegian equivalents? And how should the letter start and end? I'd also appreciate it if someone could look at my current CV, it's attached. I'm starting to lose confidence and wonder whether it's the documents or just the language.

Thank you,
Eleni
"""),
m(C, "en", "indirect", "LinkedIn headline", """
Hi, I've noticed recruiters look at LinkedIn a lot here. My headline just says "Political Scientist | Open to work". I wonder if that puts people off or if it's fine. Do people in Norway use the "open to work" banner? Best, Tariq
"""),
m(C, "en", "mixed", "CV + interview tips", """
Hi! Could you look at my CV before I send it to a research institute? Deadline Sunday. It's a research assistant role and my CV is still very student-like. And if I get an interview, is there anything specific about interviews at research institutes in Norway I should know?
Cheers, Hannah
""", sec="interview"),
m(C, "en", "reply_quoted", "Re: Feedback on my CV", """
Thank you so much for the comments. I've changed it as you suggested. One question: you said to keep it to two pages, but I have 12 publications that are relevant for the job, which is a senior adviser role at a directorate that does a lot of research-based reports. Is it OK to put them in an appendix, or should I just list the three most relevant ones? And should the letter mention the publications, or is it enough that they're in the CV? I don't want the letter to turn into an academic summary, which is what my first draft looked like. The deadline is next Friday.

On Fri, 20 Feb 2026 at 16:10, Karriere <karriere@example.no> wrote:
> Hi Nikolai,
> Keep the CV short and in reverse chronological order. The letter should show motivation and
> fit for this particular job; the CV documents it.
> Best regards,
> Career counselling
"""),
m(C, "en", "long_story", "Cover letter in Norwegian or English?", """
Hi there,

I'm applying for a position as an analyst at a county municipality. The ad is in Norwegian and says "gode norskkunnskaper er en fordel" (good Norwegian skills are an advantage), but not a requirement. I'm Canadian, I've been here four years and I'm at around B1-B2 level. I can read everything but writing takes me a long time and I make mistakes.

I'm torn. If I write the application in English, I worry it signals that I don't speak Norwegian at all. If I write it in Norwegian, it might be full of small errors, and I'd probably need help from my partner, which feels a little like cheating, because then they'll expect a level I don't have. Is there a middle way, like writing in Norwegian and saying I'm still learning? Should the CV be in the same language as the letter?

I'd also like to know if there's anything in a Norwegian cover letter that's very different from a Canadian one. Back home it's quite common to be enthusiastic and a bit "salesy", and I've heard Norwegians find that off-putting.

Thanks,
Jennifer
"""),
m(C, "en", "short", "", """
How long should a cover letter be in Norway? mine is 2 pages
"""),
m(C, "en", "long_story", "gap year(s) in my CV", """
Hello,

I'd like some advice on how to handle a gap in my CV. I'm 36. After my master's I worked for five years in a Norwegian ministry. Then my partner got a job in Singapore and we moved there for three years with our two small children. I didn't have a work permit the first year, and after that I did some freelance writing and volunteered with an organisation for migrant workers, but I never had a proper job there. Now we're back in Norway and I want to return to the public sector.

My CV just jumps from the ministry to "2023-2026: Singapore (family reasons)", which looks like nothing happened. I did actually learn a lot: I wrote reports for the NGO, did a course in data analysis, and ran a parents' association at the international school. But I don't know if any of that "counts".

How would you present those three years? Should I mention the freelance work and the volunteering as proper positions, or would that look like I'm overselling? And should the letter say anything about why we moved, or is that private?

Best wishes,
Ingvild
"""),
m(C, "en", "indirect", "", """
hi, i got feedback from a recruiter that my CV "doesn't tell a story". not sure what that means or how to fix it. any idea?
"""),
m(C, "en", "form", "Contact form – career services", """
Name: Chen Wei
Email: chen.wei@example.com
Member no.: 66318
Topic: CV / application
Message: Should I put my Norwegian language level (B2) in the CV, and where? Also my diploma from China is translated, should I attach it when applying or only when asked?
"""),
m(C, "en", "long_story", "Applying for jobs after 50 - CV advice", """
Hi,

I'm 57 and have worked as a senior manager in the oil and gas sector for the last twenty years, mostly in HR and organisational development. I was made redundant last year after a merger and I'm now looking for jobs in the public sector or in NGOs, where I feel I can contribute something meaningful for the last ten years of my working life. I have a master's in organisational psychology from the University of Aberdeen and lots of experience, but I'm getting very few responses.

I suspect my CV is the problem. It's four pages and full of industry-specific jargon and figures, headcounts, cost savings and so on. I'm also worried that my age is obvious from the dates. Should I remove the earliest part of my career entirely? How do I make private sector experience look relevant to a municipality or a directorate, where they care about different things? And is it a problem that my CV is in English, when I'm Norwegian but have worked in English for twenty years? Finally, if I do get interviews: how do I handle the salary question, since I'll have to accept a big drop from oil and gas and I don't want to seem either desperate or unrealistic?

Kind regards,
Svein
""", sec="salary"),
m(C, "en", "mixed", "tailoring + follow up", """
Hi, how much should I change my CV for each job? I'm applying for very different roles (communications, HR, project coordinator) and right now I have one version for everything. Also, after sending, should I call to check they received it? Thanks, Zoe
""", sec="followup"),
m(C, "en", "short", "", """
Is it normal in Norway to put my referees' phone numbers straight into the CV?
"""),
m(C, "en", "reply_quoted", "RE: Interview next week", """
Thanks for the interview tips, they helped and I got the job! Now a new question: the employer wants an updated CV "for the personnel file" with my start date. Should I update it in any special way, or just send what I applied with?

-----Original Message-----
From: Karriere <karriere@example.no>
Sent: Monday, 2 February 2026 12:14
To: Paula Novak <paula.novak@example.com>
Subject: RE: Interview next week

Hi Paula, prepare examples for the requirements in the ad and a few questions of your own. Good luck!
"""),
# ---------------- nynorsk ----------------
m(C, "nn", "short", "", """
kor lang bør CV-en vere? min er på fire sider
"""),
m(C, "nn", "long_story", "Søknad på nynorsk eller bokmål?", """
Hei

Eg skal søkje ei stilling som rådgjevar i ein kommune på Austlandet. Eg har skrive nynorsk heile livet, på skulen, på universitetet og i jobben min i ein fylkeskommune på Vestlandet. Kommunen eg søkjer til har bokmål som målform. Eg lurer på om eg bør skrive søknaden på bokmål for å vise at eg kan det, eller om det er heilt greitt å skrive på nynorsk.

Eg er òg usikker på korleis eg skal få fram at eg har jobba med regional planlegging i fem år, når stillinga er i ein kommune og handlar meir om kommuneplanen. Eg har mykje relevant erfaring, men eg veit ikkje om det kjem fram i CV-en slik ho er no. Ho er skriven med punktlister under kvar stilling, og eg har ikkje noko samandrag øvst.

Eg har òg ei utfordring med at eg har jobba mykje i prosjekt med mange aktørar, så det er vanskeleg å seie kva eg sjølv har gjort. Alt står som "vi".

Kan de sjå på CV-en og søknaden? Eg legg dei ved. Fristen er om ei veke.

Helsing
Sigrun
"""),
m(C, "nn", "indirect", "Søknadsbrev", """
Hei. Eg har skrive søknadsbrev på same måten i ti år, og eg trur det er litt utdatert. Det byrjar med "Eg viser til utlysinga" og sluttar med "Eg ser fram til å høyre frå dykk". Eg lurer på korleis folk skriv no.
Helsing Arnfinn
"""),
m(C, "nn", "long_story", "CV etter lang tid i same jobb", """
hei

eg har jobba i same kommune i 22 år, først som konsulent, så som rådgjevar og dei siste åtte åra som leiar for ei lita eining. no skal eininga leggjast ned og eg må søkje nytt. eg har ikkje skrive CV sidan 2002, og det eg har liggjande er på ei side og sluttar med "konsulent". eg har sett at folk no har alt i word-malar med fargar og ikon og slikt, og eg veit ikkje kva som er forventa.

eg har gjort mykje, men det har vore i same kommune, så eg er redd for at det ser ut som eg berre har vore éin stad og ikkje utvikla meg. korleis får eg fram at jobben har endra seg mykje over tid? skal kvar tittel stå som ei eiga stilling? og kva med alle kursa eg har teke gjennom åra?

eg skal òg skrive søknadsbrev for første gong på over tjue år. finst det nokre eksempel eg kan sjå på?

helsing
Magne
"""),
m(C, "nn", "mixed", "CV og intervju i kommunen", """
Hei! Eg skal søkje på ei stilling i ein kommune og vil gjerne ha hjelp med CV-en, ho er på tre sider og eg veit ikkje kva som kan kuttast. Viss eg kjem på intervju, er det vanleg med tillitsvald i panelet, og kva bør eg førebu?
Helsing Ingrid
""", sec="interview"),
m(C, "nn", "reply_quoted", "SV: Søknad", """
Takk for gode kommentarar på søknaden. Eg har skrive om innleiinga. Men kva med CV-en, bør eg ha med at eg er tillitsvald lokalt, eller kan det bli negativt?

Helsing Frode

Den 2. mars 2026 kl. 14:30 skreiv Karriere <karriere@example.no>:
> Hei Frode,
> Søknaden bør vise motivasjon og kvifor du passar til akkurat denne stillinga.
> Venleg helsing
> Karriererådgjevinga
"""),
m(C, "nn", "form", "Kontaktskjema", """
Namn: Jon Bakke
E-post: jon.bakke@example.no
Kva gjeld det: CV
Melding: Eg har vore ute av arbeidslivet i to år på grunn av sjukdom. Korleis skriv eg det i CV-en? Eg vil ikkje fortelje kva eg har vore sjuk av, men eg vil heller ikkje at det skal sjå ut som eg gøymer noko.
"""),
m(C, "nn", "long_story", "Søknad til leiarstilling", """
Hei

Eg skal søkje mi første leiarstilling, som einingsleiar i ein fylkeskommune. Eg har jobba som seniorrådgjevar i seks år og har hatt fagleg ansvar for to kollegaer, men aldri formelt personalansvar. Eg har òg vore konstituert leiar i tre månader då leiaren vår var i permisjon.

Stillinga har personalansvar for tolv tilsette og budsjettansvar, og i utlysinga står det at dei vektlegg "tydeleg og relasjonsorientert leiing". Eg har fått god tilbakemelding på korleis eg følgjer opp dei to kollegaene mine, men eg veit ikkje korleis eg skal skrive om det utan at det blir tomme ord.

Eg lurer på korleis søknaden til ei leiarstilling bør sjå ut samanlikna med ein vanleg søknad. Skal eg skrive om leiarfilosofien min? Det høyrest så høgtideleg ut. Og korleis får eg fram leiarerfaringa mi når ho er så avgrensa? Skal eg skrive om konstitueringa som ei eiga stilling i CV-en, eller som ein del av stillinga eg har no?

Helsing
Liv Marit
"""),
m(C, "nn", "short", "", """
treng eg å leggje ved attestar når eg søkjer, eller berre når dei ber om det?
"""),
m(C, "nb", "long_story", "sorry for rotete mail", """
hei

jeg skriver dette sent på kvelden så bær over med meg. jeg har jobbet i et stort rådgivningsselskap i seks år etter master i samfunnsøkonomi, de to siste som manager med ansvar for et team på fem. jeg har vært med på alt fra evalueringer av statlige tilskuddsordninger til strategiprosesser for kommuner og et par store digitaliseringsprosjekter i helse. det har vært lærerikt men jeg er sliten av timelistene og av å alltid jobbe for noen andre, og nå vil jeg over i en fast rolle på "kundesiden", helst i et direktorat eller i en stor kommune, kanskje som fagleder eller seniorrådgiver.

problemet mitt er at alt jeg har gjort de siste seks årene står i en konsulent-CV som selskapet har laget for meg, med lange prosjektbeskrivelser og kundenavn, og den er på syv sider. vi bruker den i tilbud til kunder. jeg har aldri hatt en "vanlig" cv etter studiene. når jeg prøver å korte ned blir det enten en liste med prosjekter som ikke sier noe, eller så blir det for generelt, typen "ledet prosjekter for offentlig sektor".

jeg har også lurt på om det er et problem at mange av kundene mine er de samme virksomhetene jeg nå vil søke jobb i. en av stillingene jeg ser på er i et direktorat der jeg har gjort en evaluering som ikke ble så godt mottatt av ledelsen der, for å si det forsiktig. skal jeg nevne det prosjektet i cv-en eller droppe det?

og søknadsbrevet, hvordan forklarer jeg at jeg vil bort fra konsulentlivet uten at det høres ut som jeg flykter fra noe? jeg vil jo fremstå som en som vil noe, ikke bare en som er lei.

så hvis jeg skal koke det ned: hvordan gjør jeg om en sju siders konsulent-cv til noe en offentlig arbeidsgiver faktisk leser, og hva gjør jeg med det ene prosjektet? og hvordan bør søknaden begrunne overgangen? kan sende utkast hvis det er lettere

hilsen Petter
"""),
m(C, "nn", "long_story", "Frå praksis til forvaltning", """
Hei

Eg er utdanna barnevernspedagog og har i tillegg ein master i sosialt arbeid. Dei siste ti åra har eg jobba i barnevernet i ein mellomstor kommune, først som sakshandsamar og dei siste fire åra som fagkoordinator. No har eg lyst til å prøve meg i Statsforvaltaren eller i eit direktorat, der eg kan jobbe med tilsyn og regelverk i staden for enkeltsaker. Eg elskar faget, men eg orkar ikkje belastninga i førstelinja lenger.

Eg har sett på fleire utlysingar, og dei ber om "erfaring med regelverksforståing", "god skriftleg framstilling" og "analytisk kompetanse". Eg har alt dette, meiner eg, men det har kome til uttrykk i vedtak, tiltaksplanar og fylkesnemndssaker, ikkje i utgreiingar og notat. Når eg les CV-en min no, ser han ut som ein CV for ein sakshandsamar, ikkje for ein rådgjevar i staten.

Korleis skriv eg om erfaringa frå barnevernet slik at ho blir relevant for ein tilsynsjobb? Skal eg skrive om konkrete saker, anonymisert sjølvsagt, eller halde det meir generelt? Og bør søknadsbrevet seie noko om kvifor eg vil ut av førstelinja, eller er det betre å berre skrive om kvifor eg vil inn i staten?

Helsing
Randi
"""),
]
