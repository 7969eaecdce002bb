from common import m

I = "interview"
MAILS = [
# ---------------- bokmål ----------------
m(I, "nb", "short", "intervju tirsdag", """
Har intervju på tirsdag i en kommune. Hva bør jeg forberede?
"""),
m(I, "nb", "short", "", """
hva svarer man på "fortell litt om deg selv"?? får alltid helt hakeslepp
"""),
m(I, "nb", "short", "Panelintervju", """
Det blir fem stykker i panelet inkludert tillitsvalgt. Hvem skal jeg se på når jeg svarer? Litt nervøs
"""),
m(I, "nb", "long_story", "Jeg har fått intervju!!", """
Hei!

Jeg må bare fortelle litt først, for dette har vært en lang vei. Jeg ble ferdig med master i sosiologi for to år siden og har siden jobbet som miljøarbeider i en bolig for enslige mindreårige, i 80 prosent. Det har vært meningsfullt, men jeg har hele tiden ønsket å komme meg over i en rådgiverstilling der jeg får brukt utdanningen. Jeg har søkt på sikkert 40 stillinger, og i går fikk jeg endelig en invitasjon til intervju, i en bydel i Oslo, som rådgiver i oppvekstetaten.

I invitasjonen står det at intervjuet varer i en time, at det blir et "strukturert intervju" med tre personer fra bydelen og en tillitsvalgt, og at jeg skal ta med vitnemål og attester. Det står også at jeg må regne med en kort skriftlig oppgave etterpå, 30 minutter, men ikke hva den handler om.

Jeg har aldri vært på et slikt intervju før, bare på intervju til miljøarbeiderjobben, som var en uformell prat med avdelingslederen. Jeg vet ikke hva "strukturert" betyr i praksis. Får alle de samme spørsmålene? Kan man forberede seg på dem? Og hva slags skriftlig oppgave kan det være, skal jeg øve på noe? Jeg er redd for at jeg ikke kommer til å klare å koble erfaringen fra miljøarbeid til en rådgiverjobb, selv om jeg vet at den er relevant. Intervjuet er om åtte dager, så jeg har litt tid.

Tusen takk!
Amalie
"""),
m(I, "nb", "long_story", "caseintervju", """
hei

skal på intervju i et konsulentselskap neste uke, andre runde. første runde var en vanlig prat med en partner og en HR-person og det gikk fint, de spurte mest om masteroppgaven min og hvorfor jeg ville bli konsulent. nå står det i e-posten at andre runde består av en "case" på 45 minutter og deretter en samtale med to seniorkonsulenter. jeg har googlet og det finnes masse om caseintervjuer i store internasjonale selskaper med markedsstørrelser og sånt, men dette er et norsk selskap som jobber mest for offentlig sektor, med evalueringer og utredninger.

jeg har studert statsvitenskap og har aldri gjort noe sånt. jeg er ganske god på å skrive og analysere men jeg er ikke så rask i hodet når noen sitter og ser på meg. jeg blir stresset av tidspress.

er det vanlig at de gir en skriftlig case som jeg skal presentere, eller er det mer at de spør og jeg tenker høyt? hva ser de egentlig etter? og har dere noen tips til hvordan jeg kan øve på dette på en uke, uten å ha noen å øve med? kjæresten min er sykepleier og synes alt dette høres helt sprøtt ut

hilsen Jakob
"""),
m(I, "nb", "indirect", "Presentasjon i intervjuet", """
Hei. I innkallingen til andre intervju står det at jeg skal holde en presentasjon på ti minutter om "hvordan du vil jobbe de første hundre dagene i stillingen". Jeg har aldri gjort noe lignende. Jeg lurer på hva slags nivå det forventes, om det skal være PowerPoint, og hvor konkret man skal være når man ikke kjenner organisasjonen innenfra.
Mvh Synne
"""),
m(I, "nb", "mixed", "Andre runde og lønnsforventninger", """
Hei! Jeg er videre til andre runde i et direktorat. De har sagt at de vil "gå dypere inn på faglige spørsmål" og at vi også skal snakke om lønn. Hvordan forbereder jeg meg på en andre runde som er mer faglig? Og hva svarer jeg hvis de spør hva jeg forventer i lønn, jeg er rådgiver med fem års erfaring fra kommunen?
Takk, Peder
""", sec="salary"),
m(I, "nb", "references", "Referanser", """
Hei. De har bedt om to referanser etter intervjuet. Problemet er at jeg ikke har snakket med min nåværende leder om at jeg søker, og forrige leder gikk av med pensjon for tre år siden og jeg har ikke nummeret hennes. Hvem kan jeg bruke? Kan jeg bruke en kollega?
Mvh Ragnar
"""),
m(I, "nb", "reply_quoted", "SV: Forberedelse til intervju", """
Tusen takk for rådene! Jeg har laget eksempler til alle kravene i annonsen nå. Et oppfølgingsspørsmål: de har skrevet at det blir "noen spørsmål på engelsk" også, fordi stillingen innebærer en del internasjonalt samarbeid. Hvordan forbereder jeg meg på det? Jeg snakker greit engelsk men blir stiv når jeg må, og jeg er redd for å miste tråden midt i et svar. Skal jeg øve inn noen eksempler på engelsk, eller blir det for innøvd? Og hvis jeg ikke forstår et spørsmål på engelsk, er det greit å be dem gjenta det, eller å svare på norsk?

Hilsen Ellen

Fra: Karriere <karriere@example.no>
Sendt: mandag 2. mars 2026 11:32
Til: Ellen Moe <ellen.moe@example.no>
Emne: SV: Forberedelse til intervju

Hei Ellen,

Gå gjennom kravene i annonsen og finn et konkret eksempel fra egen erfaring til hvert av dem. Les deg opp på arbeidsgiveren, og forbered gjerne to–tre spørsmål du selv vil stille.

Vennlig hilsen
Karriererådgivningen
"""),
m(I, "nb", "form", "Melding fra kontaktskjema", """
Navn: Thea Nygård
E-post: thea.nygard@example.no
Medlemsnummer: 55820
Gjelder: Intervju
Melding: Jeg skal på videointervju på Teams på fredag. Jeg bor i kollektiv og har dårlig nett. Har dere noen tips, og er det greit å sitte på et bibliotek?
"""),
m(I, "nb", "long_story", "Et intervju jeg gruer meg til", """
Hei

Jeg skriver fordi jeg ikke har noen andre å spørre om dette. For to år siden ble jeg sykmeldt fra jobben min i et departement etter en lang periode med for mye jobb. Jeg var borte i nesten et år, og etter det sa jeg opp, fordi jeg ikke klarte å tenke meg tilbake dit. Siden har jeg jobbet litt som frilanser med tekst og gjort noen oppdrag for en organisasjon, men det har vært lite.

Nå har jeg endelig fått et intervju i en kommune, som rådgiver i en stab. Jeg tror jeg passer godt til jobben. I CV-en har jeg skrevet "frilans og permisjon" for perioden, og det er sant, men jeg er sikker på at de kommer til å spørre hva jeg har gjort de siste to årene, og hvorfor jeg sluttet i departementet.

Jeg er redd for å begynne å stamme, eller at jeg kommer til å si for mye. Jeg vet at jeg ikke har plikt til å fortelle om helse, men jeg vil heller ikke lyve. Jeg er frisk nå, og jeg har lært mye om meg selv.

Hvordan svarer jeg på spørsmål om hullet og om hvorfor jeg sluttet, på en måte som er ærlig uten at jeg forteller hele sykdomshistorien? Og er det noe jeg kan gjøre for å være mindre nervøs for akkurat det spørsmålet? Intervjuet er på torsdag.

Hilsen
Åse
"""),
m(I, "nb", "indirect", "", """
hei jeg har fått beskjed om at det blir en "skriftlig test" før intervjuet i departementet. aner ikke hva det er. noen som vet hva de pleier å teste? er det rettskriving, et notat, eller sånne logiske oppgaver med figurer? har to timer på meg står det. vil jo gjerne være forberedt
"""),
m(I, "nb", "long_story", "Intervju etter 20 år i samme jobb", """
Hei,

Jeg er 56 år og har jobbet i samme fylkeskommune i over 20 år, de siste tolv som rådgiver på plan og næring. Nå har jeg søkt på en stilling i et statlig direktorat, fordi vi skal flytte nærmere barnebarna, og jeg har fått innkalling til intervju om to uker. Det er faktisk første gang siden 2003 at jeg skal på et ordentlig jobbintervju.

Jeg har forstått at ting har endret seg mye. Jeg hører om kompetansebaserte intervjuer og STAR-metoden og personlighetstester, og jeg kjenner at jeg er helt utdatert. Da jeg ble ansatt sist var det en samtale med fylkesrådmannen og en kaffe. Jeg har masse erfaring å vise til, men jeg er redd for at jeg kommer til å snakke for lenge og fortelle historier fra 90-tallet, barna mine sier at jeg gjør det.

Hvordan forbereder en person på min alder seg best? Hvordan viser jeg at jeg er oppdatert og fleksibel, uten å late som jeg er 35? Er det noen spørsmål jeg bør forvente om alder, for eksempel om hvor lenge jeg har tenkt å jobbe, og kan de egentlig spørre om det?

Vennlig hilsen
Oddvar
"""),
m(I, "nb", "short", "", """
Kan jeg ha med meg notater på intervjuet?
"""),
m(I, "nb", "long_story", "tror jeg rotet det til", """
hei

dette blir kanskje litt rotete men jeg prøver. jeg hadde første intervju i et stort rådgivningsfirma i går og jeg tror jeg rotet det til. de spurte om en situasjon der jeg hadde vært uenig med en leder og jeg kom ikke på noe og sa noe om en gruppeoppgave på studiet som ikke var relevant. så spurte de hva jeg visste om selskapet og jeg hadde bare lest forsiden på nettsiden. jeg følte meg så dum.

men nå har de ringt og sagt at jeg er videre til andre runde, som er om ti dager!! jeg skjønner ikke helt hvorfor men jeg er glad. andre runde er med en partner og en "business case", og så en samtale om motivasjon.

jeg vil ikke gjøre samme feil igjen. hvordan finner jeg gode eksempler fra eget liv når jeg bare har vært student og jobbet i butikk og som studentassistent? er det greit å bruke eksempler fra frivillig arbeid og fra studentforeningen? og hva bør jeg vite om et selskap før et intervju, hvor dypt må jeg gå? er det lurt å kontakte noen som jobber der på forhånd?

hilsen Oskar
"""),
m(I, "nb", "indirect", "Spørsmål til dem", """
Hei. På slutten av intervjuer spør de alltid om jeg har noen spørsmål, og jeg sier alltid nei takk, jeg tror dere har svart på alt. I etterkant tenker jeg at det kanskje var dumt. Hva er lurt å spørre om?
Hilsen Ruth
"""),
m(I, "nb", "test", "Personlighetstest og intervju", """
Hei! Jeg har fått en lenke til en personlighetstest og en logisk test som skal tas før intervjuet i neste uke. Kan man øve på sånne tester? Og blir testen brukt i selve intervjuet? Jeg er litt redd for at jeg kommer ut som "introvert" og at det blir et minus.
Mvh Live
"""),
m(I, "nb", "long_story", "Intervju i egen organisasjon", """
Hei

Jeg har jobbet i en NGO i fire år som prosjektkoordinator, og nå har stillingen som avdelingsleder blitt ledig fordi min egen sjef har sluttet. Jeg har søkt, og det gjorde to andre internt også, i tillegg til en del eksterne. Jeg har fått beskjed om at jeg skal på intervju med generalsekretæren og en fra styret på mandag.

Det rare er at jeg kjenner dem jo, jeg har jobbet tett med generalsekretæren i flere prosjekter. Jeg vet ikke om jeg skal forberede meg som til et vanlig intervju, med eksempler og alt, eller om det blir unaturlig siden de allerede kjenner arbeidet mitt. Jeg er også usikker på hvor mye jeg skal si om ting jeg mener bør endres i avdelingen, fordi flere av de tingene er beslutninger som den gamle sjefen tok og som generalsekretæren støttet. Og hvis jeg ikke får jobben skal jeg fortsette å jobbe under den som får den, kanskje en av kollegene mine.

Hvordan forbereder man seg til et internt intervju for en lederstilling? Hva bør man si og ikke si? Og hvis jeg skulle få den: hvordan forhandler man lønn når man går opp internt, tar man utgangspunkt i det forgjengeren hadde?

Hilsen
Ingrid
""", sec="salary"),
m(I, "nb", "short", "", """
hva har man på seg på intervju i et departement? dress?
"""),
m(I, "nb", "indirect", "Intervju på nynorsk?", """
Hei. Stillingen jeg skal på intervju til er i en kommune på Vestlandet som har nynorsk som målform, og det står i annonsen at man må kunne skrive nynorsk. Jeg har ikke skrevet nynorsk siden videregående. Jeg regner med at de spør om det i intervjuet og kanskje tester meg. Hvordan håndterer jeg det best?
Mvh Mia
"""),
m(I, "nb", "reply_quoted", "Re: intervju", """
Takk! Ett spørsmål til: de har nå sendt en case på e-post som skal presenteres i intervjuet. Er det greit å spørre dem om noe hvis noe er uklart i casen, eller blir det juks?

> Hei Kevin,
> En case i intervjuet handler ofte om hvordan du tenker og strukturerer, ikke bare om svaret.
> Lykke til!
> Hilsen Karriererådgivningen
"""),
# ---------------- English ----------------
m(I, "en", "short", "interview tomorrow!!", """
interview tomorrow 9am at a ministry. any last-minute tips? i can't sleep
"""),
m(I, "en", "short", "", """
how long should answers be in a norwegian interview? i talk too much
"""),
m(I, "en", "long_story", "My first interview in Norwegian", """
Hello,

I'm a member from Lithuania. I've lived in Norway for five years and I work as a consultant in a small private company where we speak English. I have a master's in sociology from Vilnius and one from Oslo. Last week I got invited to my first interview for a job in the public sector, as an adviser in a county, and the interview will be in Norwegian. My Norwegian is good in everyday life and I passed the B2 exam last year, but I've never talked about professional things in Norwegian in a formal setting. I'm afraid I'll freeze or say something wrong in grammar and they will think I can't do the job.

The ad says "gode norskkunnskaper" so I understand it's important. Should I ask them if I can answer some questions in English if I get stuck? Or is that a bad sign? And how can I practise for an interview in Norwegian in just ten days? I don't have Norwegian friends in the same field, my partner is Norwegian but works as an electrician and says I'm "overthinking".

Also, I understand that in the public sector they use panels with a union representative. Is it true that they ask everyone the same questions? Does that mean I can prepare for the questions beforehand?

Thank you so much for your help.
Rūta
"""),
m(I, "en", "long_story", "Case interview at a consultancy", """
Hi,

I've got a second-round interview at a management consultancy in Oslo next week. The recruiter said it will include "a business case" and then a conversation with a partner. I have an economics master's from the UK and two years at a bank, so numbers aren't scary, but I've only ever done case interviews in the UK format (market sizing, profitability frameworks, all that). My impression is that Norwegian consultancies that work a lot with the public sector might do it differently: more about structuring a policy problem, stakeholders, that kind of thing.

Is that true? What should I expect? Do they want me to talk through my thinking out loud, or present a finished answer? And in the partner conversation, is it appropriate to ask about things like work-life balance, or would that come across badly in a Norwegian firm? In London I'd never ask that in an interview.

Thanks in advance, I'm quite excited about this one.
Edward
"""),
m(I, "en", "indirect", "Video interview set-up", """
Hello, my first interview will be over video, and I'm on a very old laptop with a bad camera. I was wondering if it makes a big difference, and how people usually make sure everything works. Should I ask them for a test call?
Best, Nadia
"""),
m(I, "en", "multi_question", "References and second round", """
Hi, I passed the first interview for a research adviser role and they've asked for references before the second round. My best reference is my PhD supervisor but we had a conflict at the end. Should I still use her? And what kind of questions come up in a second round usually? Thanks! - Anil
"""),
m(I, "en", "reply_quoted", "Re: Interview preparation", """
Thanks for the advice! One more thing: it's a panel of four, and they said one is "tillitsvalgt". What's their role exactly? Should I address them differently, will they ask different questions?

On Wed, 11 Feb 2026 at 14:05, Karriere <karriere@example.no> wrote:
> Hi Sara,
>
> Prepare concrete examples from your experience for each requirement in the ad, learn about
> the employer, and prepare a couple of questions of your own.
>
> Best regards,
> Career counselling
"""),
m(I, "en", "long_story", "Behavioural questions - my examples are all from abroad", """
Hi there,

I've been in Norway for two years, moved here with my husband who got a job at a hospital. Before that I worked for eight years in the Philippines for an international development organisation, managing projects with local governments. I've got an interview next Wednesday for a project manager role at an NGO in Oslo, and the invitation says the interview will use "competency-based questions".

I've read a bit about it, and I understand I need examples of situations: when I handled a conflict, when I managed a budget, when I worked under pressure, and so on. The thing is, all my examples are from a very different context, with very different politics and much bigger budgets, and also some pretty dramatic situations (a typhoon hit during one of my projects). I'm worried they'll sound exaggerated or irrelevant to a Norwegian panel, or that they won't understand the context without a lot of explanation.

How do I present international experience in a way that a Norwegian employer can relate to? Should I "translate" the examples into smaller, more everyday situations, or tell them as they were? How much context is too much? I tend to over-explain when I'm nervous.

Thank you, I really appreciate your help.
Maricel
"""),
m(I, "en", "form", "Website contact form", """
Name: Joost de Vries
Email: joost.devries@example.com
Subject: Interview
Message: I have an interview with a presentation task next week (15 min on a topic they will send me 2 days before). Any advice on how to prepare in such a short time? Is it in Norwegian or English usually?
"""),
m(I, "en", "short", "", """
For the presentation part, is it fine to glance at notes on paper, or do they expect me to know it by heart?
"""),
m(I, "en", "long_story", "Interview at my old workplace (awkward)", """
Hello,

A slightly awkward situation. Three years ago I left a job at a directorate because of a difficult manager. Since then I've worked at a municipality and I'm doing well there. Now the directorate has advertised a senior adviser position in a different department, which is a perfect fit for me, and I got invited to an interview. The difficult manager is no longer there, but some people from my old team are still around, and one of them will be on the panel.

I'm sure they'll ask why I left and why I want to come back. I don't want to badmouth anyone, but I also don't want to pretend everything was fine, since the person on the panel knows it wasn't. What's the right tone here? And would it be wise to mention the improvements I hear they've made, or does that come across as if I'm gossiping?

Thanks,
Frida
"""),
m(I, "en", "indirect", "", """
i keep getting asked about my weaknesses in interviews and i always say something lame like "i'm a perfectionist". wondering what people actually say that works
"""),
m(I, "en", "test", "Written test before interview", """
Hi! A ministry wants me to take a 2-hour written test on site before the interview, "writing a short memo based on documents". I've never written a Norwegian ministry memo. What does a good one look like and how do I practise? And does the interview normally happen the same day? Cheers, Liam
"""),
m(I, "en", "short", "panel interview", """
how do you prepare for a panel interview vs a normal one? is there any difference
"""),
# ---------------- nynorsk ----------------
m(I, "nn", "short", "", """
korleis førebur eg meg til eit strukturert intervju? eg har aldri vore på eitt
"""),
m(I, "nn", "short", "Intervju på Teams", """
Har intervju på Teams i morgon. Kva skal eg tenkje på?
"""),
m(I, "nn", "long_story", "Første intervju etter studia", """
Hei

Eg vart ferdig med master i samfunnsgeografi i desember og har søkt jobb sidan. I går fekk eg mitt første intervju, i ein kommune på Sunnmøre, som rådgjevar for samfunnsutvikling. Eg er veldig glad, men òg veldig nervøs. Eg har berre hatt sommarjobbar i butikk og på sjukeheim, og eit halvt år som praktikant i fylkeskommunen gjennom studia.

I innkallinga står det at dei vil at eg skal "presentere masteroppgåva kort" og at det blir spørsmål om korleis eg vil jobbe med innbyggjarmedverknad. Eg kan masteroppgåva mi godt, men eg er redd for at eg blir for akademisk og for lang. Eg veit heller ikkje kor mykje eg kan om innbyggjarmedverknad i praksis, det har eg berre lese om.

Korleis bør eg førebu meg? Kor lang bør presentasjonen vere, og bør eg ha lysark? Og korleis snakkar eg om praktisk erfaring når eg nesten ikkje har noko? Eg vil gjerne kunne vise at eg er motivert og lærevillig utan at det verkar naivt.

Eg har prøvd å øve med sambuaren min, men han ler berre når eg seier "innbyggjarmedverknad" med alvorleg stemme, så det har ikkje vore så nyttig. Eg har òg lese kommuneplanen deira og planstrategien, og eg har sett at dei har eit prosjekt om sentrumsutvikling som liknar litt på det eg skreiv om i masteroppgåva. Er det lurt å nemne det i intervjuet, eller blir det å skryte? Eg veit ikkje heilt kor mykje ein skal vise at ein har lese seg opp.

Og ein ting til som eg lurer på: viss eg ikkje høyrer noko etter intervjuet, kor lenge bør eg vente før eg tek kontakt med dei? Eg har ein sommarjobb-avtale som eg må svare på innan tre veker.

Helsing
Aslaug
""", sec="followup"),
m(I, "nn", "references", "Referansar", """
Hei. Dei bad om referansar etter intervjuet, og eg har ein tidlegare leiar som eg ikkje hadde det så godt med. Eg lurer på om det er naudsynt å ta med nærmaste leiar, eller om ein kan velje sjølv. Kva er vanleg?
Helsing Eirik
"""),
m(I, "nn", "mixed", "Andre runde", """
Hei! Eg er vidare til andre runde i eit direktorat. Første runde var ein time med tre personar og mest spørsmål om erfaringa mi. Kva skjer vanlegvis i ein andre runde, og kan dei spørje om lønskrav der? Kva svarar eg i så fall, når eg ikkje har undersøkt noko?
Helsing Solveig
""", sec="salary"),
m(I, "nn", "long_story", "Intervju med presentasjonsoppgåve", """
Hei.

Eg har fått innkalling til intervju som seniorrådgjevar i ein fylkeskommune, og i innkallinga står det at eg skal halde ein presentasjon på femten minutt om "korleis fylkeskommunen kan styrkje samarbeidet med kommunane om klimatilpassing". Etterpå skal panelet stille spørsmål. Eg har jobba med klimatilpassing i ein kommune i fem år, så eg kan faget, men eg har aldri halde ein slik presentasjon i eit intervju.

Eg er usikker på kor konkret eg skal vere. Skal eg kome med forslag til tiltak, eller meir vise korleis eg tenkjer? Det er jo ein fare for at eg kritiserer det dei gjer i dag, utan å vite kvifor dei gjer det slik. Og skal eg bruke lysark, eller er det betre å snakke fritt med eit ark i handa? Panelet er på fem personar, mellom dei ein tillitsvald og ein frå ein av kommunane.

Kva ser dei eigentleg etter i ei slik oppgåve?

Helsing
Torgeir
"""),
m(I, "nn", "reply_quoted", "SV: Intervjuet", """
Takk for svaret. No har dei sendt ut ein liste over tema for intervjuet, mellom anna "samarbeid og konflikthandtering". Korleis kan eg finne gode døme når eg har jobba mest åleine?

Helsing Jorunn

Den 16. februar 2026 kl. 09:02 skreiv Karriere <karriere@example.no>:
> Hei Jorunn,
> Førebu konkrete døme frå eiga erfaring til krava i utlysinga, og les deg opp på arbeidsgjevaren.
> Venleg helsing
> Karriererådgjevinga
"""),
m(I, "nn", "long_story", "eg gruar meg", """
hei

eg skal på intervju på fredag til ei stilling eg verkeleg vil ha, rådgjevar i eit departement. det er første gongen eg søkjer meg ut av kommunen der eg har jobba i ti år. eg har vore på mange intervju som intervjuar, sidan eg har hatt personalansvar, men aldri sjølv på andre sida av bordet sidan 2014. no kjenner eg at eg er livredd.

eg har lese at departementa ofte har ei skriftleg oppgåve og eit intervju med fleire runder. i innkallinga står det berre "intervju og eventuelt ei praktisk oppgåve". eg veit ikkje kva "praktisk oppgåve" tyder i eit departement. skal eg skrive eit notat? eller ein pressemelding? eg har aldri skrive for ein statsråd.

eg har prøvd å skrive ned døme frå jobben, men alt eg har gjort ser så lite ut når eg skriv det ned. eg har leia eit stort digitaliseringsprosjekt og ei omorganisering, men eg veit ikkje korleis eg skal få det til å høyrast relevant for eit departement.

korleis bør eg førebu meg dei dagane eg har att? og kva kan eg gjere med nervane? eg har hatt panikkanfall før, men ikkje på mange år

helsing
Mette
"""),
m(I, "nb", "long_story", "Lederintervju – langt, beklager", """
Hei,

Jeg har vært medlem i mange år og har fått god hjelp av dere før, senest med lønnsforhandling da jeg byttet jobb for fire år siden. Nå står jeg foran noe nytt, og jeg vil gjerne ha noen tanker fra dere.

Jeg er 44 og jobber som seniorrådgiver i en statlig etat, med ansvar for et par store utviklingsprosjekter. Jeg har aldri hatt formelt personalansvar, men jeg har ledet prosjektgrupper på opptil tolv personer, og jeg har fungert som leder for seksjonen i to perioder da lederen vår var syk. Nå har jeg søkt på en stilling som seksjonssjef i en annen etat, og jeg har fått innkalling til første intervju om halvannen uke.

I innkallingen står det at første runde er et "kompetansebasert intervju" med avdelingsdirektør, HR og en tillitsvalgt. Andre runde, for de som går videre, består av en lederprofil-test, en samtale med en psykolog fra et rekrutteringsbyrå og en presentasjon for ledergruppen. De skriver også at de vil "legge vekt på personlig egnethet".

Det jeg sliter med er dette: Jeg vet at jeg har det som skal til faglig. Men jeg er usikker på hvordan jeg skal snakke om ledelse når jeg ikke har vært formell leder. Alle eksemplene mine er fra prosjekter, der jeg har ledet uten å ha personalansvar, og der jeg har måttet få folk med meg uten at de har vært forpliktet til å høre på meg. Jeg tenker jo at det er en styrke, men jeg er redd for at panelet ser det som en mangel.

Jeg lurer også på hva "personlig egnethet" betyr i praksis, og hvordan man forbereder seg på en samtale med en psykolog. Er det noe man kan forberede seg på i det hele tatt, eller skal man bare være seg selv? Jeg har hørt historier om at de spør om barndom og om hva ens største nederlag er, og jeg vet ikke hvor personlig jeg skal være.

Og en ting til: Jeg har hørt at det er vanlig å få spørsmål av typen "hva gjør du den første måneden i stillingen". Skal jeg ha en plan klar for det, selv om jeg ikke kjenner seksjonen fra innsiden?

Jeg vil gjerne gjøre dette ordentlig. Hvis det er mulig å få en samtale på telefon i stedet for bare e-post, tar jeg gjerne det.

Vennlig hilsen
Linn
"""),
m(I, "nb", "long_story", "intervjuet er på mandag og jeg vet ikke hvor jeg skal begynne", """
hei

jeg har fått intervju på mandag i et direktorat, som rådgiver i en seksjon som jobber med tilskuddsforvaltning. jeg har jobbet i en kommune i tre år med noe av det samme, men i mye mindre skala. jeg har lest annonsen mange ganger og den har en lang liste med krav og "ønskede kvalifikasjoner", alt fra erfaring med regelverksarbeid til "gode samarbeidsevner" og "evne til å jobbe selvstendig og strukturert".

jeg har fått beskjed om at intervjuet tar en time og at det er tre personer, og at det blir en "kort faglig oppgave" på slutten. jeg har lest det meste jeg finner om direktoratet på nettsidene deres, strategien og årsrapporten, men jeg vet ikke om jeg skal lese meg opp på regelverket også, det er hundrevis av sider.

helgen er kort og jeg jobber fredag. hva er det viktigste å bruke tiden på? skal jeg prioritere eksempler til hvert krav eller å lese regelverk? og hva slags faglig oppgave er det typisk at de gir?

mvh Stian
"""),
m(I, "nb", "indirect", "Hjelp til intervjuet med et konsulentbyrå", """
Hei. Jeg har fått en telefon fra en headhunter som vil ha meg til en "uformell prat" om en stilling hos en av kundene deres. Jeg har ikke søkt. Jeg vet ikke helt hva som forventes av meg i en sånn samtale, om det er et intervju eller bare en prat, og hvor mye jeg skal selge meg selv når jeg egentlig ikke vet om jeg er interessert. Hvordan bør jeg forberede meg?
Hilsen Ola
"""),
m(I, "nn", "long_story", "Intervju i Noreg frå utlandet", """
Hei

Eg har budd i Nederland i åtte år og jobba i eit forskingsinstitutt i Utrecht. No vil vi flytte heim til Noreg, og eg har fått intervju for ei stilling som seniorrådgjevar i ein kommune på Vestlandet. Intervjuet skal vere digitalt, og dei har sagt at eg kan få andre runde fysisk viss eg går vidare.

Eg er litt usikker på korleis eg skal presentere meg. Eg har jobba med forsking på lokaldemokrati og har skrive mykje om norske kommunar, men eg har aldri jobba i ein. Eg er redd for at dei ser på meg som ein teoretikar. Eg er òg usikker på korleis eg skal svare når dei spør kvifor vi vil flytte heim. Det er av familiegrunnar, far min er sjuk, men det vil eg helst ikkje seie i intervjuet.

Kva bør eg leggje vekt på for å vise at eg kan gjere jobben i praksis? Og er det greitt å seie berre at vi vil heim, utan å gå nærmare inn på kvifor? Til slutt: kva er vanleg å spørje panelet om når ein ikkje kjenner kommunen frå innsida?

Helsing
Ingebjørg
"""),
]
