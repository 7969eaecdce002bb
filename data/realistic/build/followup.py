from common import m

F = "followup"
MAILS = [
# ---------------- bokmål ----------------
m(F, "nb", "short", "", """
hei, bør jeg ringe dem? fristen gikk ut for tre uker siden og ingenting har skjedd
"""),
m(F, "nb", "short", "søknad", """
Sendt søknad til fylkeskommunen 2. januar, ikke hørt noe. Normalt?
"""),
m(F, "nb", "short", "Re: stillingen", """
Hvor lenge er det vanlig å vente før man purrer? Sendt fra min iPhone
"""),
m(F, "nb", "long_story", "lurer på en ting", """
Hei

Jeg har vært medlem siden studietiden men aldri brukt karrieretjenesten før, så beklager hvis dette er feil sted. Jeg er 29 og har jobbet to år i et lite analyseselskap etter masteren i samfunnsøkonomi. Det er en grei jobb men jeg har lenge hatt lyst til å jobbe i staten, med noe mer samfunnsrettet, og i høst begynte jeg å søke litt mer systematisk. Jeg har sendt fire søknader, to til direktorater, én til et departement og én til en kommune. På de to første fikk jeg avslag etter noen uker, standardbrev, greit nok. Kommunen har jeg ikke hørt noe fra i det hele tatt.

Departementet derimot kalte meg inn til intervju i slutten av november. Det gikk veldig bra synes jeg, jeg hadde forberedt meg godt og vi hadde god kjemi, og på slutten sa seksjonssjefen at de skulle "bruke noen uker" og at de tok sikte på å ha en avklaring før jul. Nå er det midten av januar. Jeg har sjekket søkerlisten og den er jo offentlig, så jeg vet at det var 63 søkere. Jeg har ikke fått noen e-post eller telefon siden intervjuet, ikke en gang en bekreftelse på at prosessen er forsinket.

Samtidig har sjefen min spurt om jeg vil ta på meg et stort prosjekt som går hele året, og jeg må svare ham innen neste fredag. Jeg vil helst ikke si ja til det hvis jeg har en reell sjanse i departementet, men jeg vil heller ikke si nei og så sitte igjen uten noe.

Så det jeg egentlig lurer på er om det er greit å ta kontakt med departementet nå og spørre hvor de er i prosessen, og om jeg i så fall skal nevne at jeg har en tidsfrist på jobben? Eller ser det ut som jeg presser dem? Og bør det være e-post eller telefon?

Hilsen
Vegard
"""),
m(F, "nb", "long_story", "Avslag etter andre runde", """
Hei,

jeg fikk avslag i går på en stilling som seniorrådgiver i et direktorat etter å ha vært i to intervjurunder, den andre med en case og en presentasjon. Jeg hadde trodd at det kom til å gå, de hadde allerede sjekket referansene mine, og lederen sa at jeg var "en av to". Avslaget kom på e-post fra rekrutteringssystemet, uten noen begrunnelse, bare at "valget falt på en annen kandidat".

Jeg er selvfølgelig skuffet, men mest av alt vil jeg vite hva som avgjorde. Jeg har søkt på mange lignende stillinger og kommer ofte langt, men aldri helt til mål. Hvis det er noe med måten jeg presenterer meg på, vil jeg vite det.

Jeg har to spørsmål. Hvordan spør jeg om en tilbakemelding uten at det virker som jeg klager eller er dårlig taper? Skal jeg ringe lederen direkte eller skrive til HR-kontakten? Og jeg har hørt at man kan be om å få se en utvidet søkerliste i staten – hva står det på den, og er det lurt å be om den, eller blir det oppfattet som at jeg vil klage på ansettelsen? Jeg vil ikke klage, jeg vil bare lære.

Hilsen
Kamilla
"""),
m(F, "nb", "indirect", "Ventetid", """
Hei. Jeg har lurt litt på hvordan folk pleier å forholde seg til at det går lang tid etter et intervju. Jeg var på intervju i en kommune for fem uker siden, og de sa at de skulle gi beskjed "i løpet av et par uker". Jeg vil ikke mase, men jeg lurer jo på om jeg fortsatt er med. Hva er vanlig å gjøre i sånne tilfeller?
Mvh Henrik
"""),
m(F, "nb", "indirect", "", """
hei dere. en venninne sa at man kan ringe kontaktpersonen før man søker for å "vise seg frem". jeg synes det høres litt påtrengende ut, og jeg vet ikke hva jeg skulle sagt. er det egentlig vanlig å gjøre det i kommunen, og gir det noe?
"""),
m(F, "nb", "competing_offer", "Fått tilbud et annet sted – hva med stillingen jeg helst vil ha?", """
Hei,
jeg har fått et tilbud fra et konsulentselskap og må svare innen torsdag. Men jeg har også vært på intervju i Oslo kommune for en stilling jeg egentlig vil ha mer, og der har jeg ikke hørt noe på tre uker. Kan jeg ringe kommunen og si at jeg har et annet tilbud og spørre hvor de står? Eller blir det feil å presse dem? Vil helst ikke miste begge.
Mvh Eline
""", sec=None),
m(F, "nb", "mixed", "Hørt ingenting, og hva med lønnen", """
Hei. Jeg hadde intervju i et direktorat for en måned siden og fikk beskjed om at de ville sjekke referanser, så jeg trodde det var nært. Nå har det vært helt stille i to uker og referansene mine sier de ikke har blitt kontaktet. Skal jeg sende en e-post og spørre hvordan det går? Og hvis de ringer med tilbud, hva er et rimelig lønnsnivå å be om som rådgiver med tre års erfaring i staten? Vil være forberedt.
Hilsen Tor
""", sec="salary"),
m(F, "nb", "reply_quoted", "SV: Spørsmål om oppfølging", """
Takk for svar. Jeg ringte dem i forrige uke som dere foreslo, og fikk beskjed om at de skulle ha innstillingen klar innen utgangen av måneden. Nå er vi i midten av neste måned og jeg har fortsatt ikke hørt noe. Jeg har sjekket nettsiden og stillingen står som "under behandling". Samtidig har jeg fått innkalling til intervju et annet sted neste uke, og den stillingen er egentlig ikke like interessant. Blir det for mye å ringe en gang til? Eller sender jeg heller en kort e-post? Og bør jeg si noe om det andre intervjuet, eller er det for tidlig når jeg ikke har noe tilbud?

Mvh Preben

-----Opprinnelig melding-----
Fra: Karriere <karriere@example.no>
Sendt: 4. februar 2026 09:15
Til: Preben Holm <preben.holm@example.no>
Emne: SV: Spørsmål om oppfølging

Hei Preben,

Det er helt vanlig å ta kontakt når det har gått noen uker etter søknadsfristen. I staten går prosessen ofte over en til tre måneder, med intervjuer, innstilling og avgjørelse i et tilsettingsråd. En kort telefon der du spør hvor de er i prosessen er helt greit.

Vennlig hilsen
Karriererådgivningen
"""),
m(F, "nb", "form", "Henvendelse fra nettsiden", """
Navn: Solveig Brekke
E-post: solveig.b@example.no
Telefon: 900 00 000
Emne: Søknad
Melding: Hei, jeg søkte en stilling som rådgiver i en kommune for sju uker siden. Søkerlisten er publisert, men ellers har jeg ikke hørt noe. Hva er normalt i kommunen, og bør jeg ta kontakt selv?
"""),
m(F, "nb", "long_story", "fått nei igjen", """
hei

jeg er så lei av dette nå. har søkt på rundt 30 stillinger siden i sommer, mest i kommuner rundt Trondheim og noen i staten. kommer på intervju ganske ofte, har vært på seks, men får nei hver gang og aldri noen forklaring. de fleste sender bare en automatisk e-post fra rekrutteringssystemet. det siste avslaget kom i dag fra en bydel jeg var sikker på at jeg hadde fått, vi hadde en god samtale og de sa de skulle ringe referansene mine. jeg sjekket med den ene referansen og hun hadde snakket med dem i en halvtime og sagt bare positive ting.

jeg har fått hjelp fra dere med cv og søknad tidligere og de er bra nå tror jeg, det er jo derfor jeg kommer på intervju. så det må være noe i intervjuene eller noe annet jeg ikke ser. problemet er at jeg aldri får vite hva.

det jeg lurer på er hvordan jeg faktisk får en ærlig tilbakemelding. er det lov å ringe og spørre hvorfor jeg ikke fikk jobben? hvem skal jeg i så fall ringe, den som ledet intervjuet eller HR? og hva spør jeg om så det ikke blir rart? jeg har lyst til å ringe bydelen i morgen mens det er ferskt

hilsen Martin
"""),
m(F, "nb", "short", "", """
hvordan ber jeg om utvidet søkerliste? er det til HR eller til lederen
"""),
m(F, "nb", "long_story", "Spørsmål om stillingen jeg vikarierer i", """
Hei

Jeg har vært vikar i en rådgiverstilling i en kommune i snart halvannet år, for en som først var i foreldrepermisjon og så gikk over i en annen stilling. Nå har de endelig lyst ut stillingen fast, og jeg søkte selvfølgelig, søknadsfristen var 15. desember. Lederen min sa den gangen at hun "håpet på meg" og at det var en formalitet, men at de måtte lyse ut fordi kommunen har regler om det.

Nå har det gått sju uker. Søkerlisten viste 24 søkere, og jeg vet at to av dem ble kalt inn på intervju i forrige uke fordi en kollega så dem i resepsjonen. Jeg har ikke blitt kalt inn. Jeg sitter jo i samme gang som lederen min, og det er helt stille om saken. Hun hilser vennlig og gir meg oppgaver som før, men snakker ikke om stillingen. Vikariatet mitt går ut 31. mars.

Jeg vet ikke om jeg skal ta det opp med henne, eller om det er upassende så lenge prosessen pågår. Jeg er redd for å virke desperat, men jeg må også planlegge. Har jeg krav på å bli innkalt når jeg har gjort jobben i halvannet år? Og hvordan spør jeg henne om hvor saken står uten at det blir kleint, når vi skal fortsette å jobbe sammen uansett?

Hilsen
Sigrid
"""),
m(F, "nb", "indirect", "Forventninger etter førstegangsintervju", """
Hei. Etter førstegangsintervjuet sa de ingenting om veien videre, og jeg glemte å spørre. Nå sitter jeg og lurer på om det er andre runde, når den i så fall er, og om jeg skal gjøre noe. Det er en stor organisasjon innen bistand. Det er vel ikke uvanlig at man må spørre selv?
Hilsen Hans Olav
"""),
m(F, "nb", "mixed", "Oppfølging og søknad", """
Hei,
jeg skal søke på en stilling i et departement, fristen er om ti dager. I annonsen står det en kontaktperson. Bør jeg ringe henne før jeg sender søknaden, og hva spør man om? Jeg har også et spørsmål om søknadsbrevet: hvis jeg får vite noe nyttig i telefonsamtalen, kan jeg nevne i brevet at jeg har snakket med henne?
Takk, Mari
""", sec="cv"),
m(F, "nb", "long_story", "Har jeg fortsatt en sjanse", """
Hei!

Jeg skriver på vegne av meg selv men tenker høyt, så det blir litt mye. Jeg har søkt på en stilling som utredningsleder i en interesseorganisasjon i Oslo. De hadde søknadsfrist 1. november og jeg sendte søknaden dagen før. De ringte meg 20. november og vi hadde en hyggelig telefonsamtale på 20 minutter, mer som en prat, der de spurte om bakgrunnen min og om jeg kunne starte i februar. Daglig leder sa at de skulle ha "ordentlige intervjuer" i uke 49 eller 50 og at jeg skulle høre fra dem.

Det gjorde jeg ikke. Nå er det midten av januar. Stillingen ligger fortsatt ute på nettsiden deres, med status "aktiv". Jeg har sjekket LinkedIn og ingen der har lagt ut at de har begynt i en ny jobb i organisasjonen. Så jeg tror ikke de har ansatt noen enda. Det er jo en privat organisasjon, så det er ingen offentlig søkerliste.

Jeg har lyst på jobben, men jeg vet ikke om jeg fortsatt er i prosessen eller om de har glemt meg. Jeg har også et annet intervju i en kommune i neste uke. Er det greit å sende en e-post til daglig leder og minne om meg selv? Hvordan skriver man det uten å virke mas? Eller er det bedre å la det ligge og anta at det er et nei?

Vennlig hilsen
Katrine
"""),
m(F, "nb", "short", "ringe før søknad?", """
Er det lurt å ringe kontaktpersonen før jeg søker? Hva spør jeg om?
"""),
m(F, "nb", "reply_quoted", "Re: Ingen svar fra kommunen", """
hei igjen. de har nå svart at "prosessen er forsinket pga sykdom" og at jeg fortsatt er aktuell. men ingen dato. skal jeg bare vente nå eller spørre om en dato?

Den 20. januar 2026 kl. 13:47 skrev Karriere <karriere@example.no>:

> Hei Aslak,
> Det er vanlig at kommunale prosesser tar tid. Et par uker etter fristen er det helt greit å
> sende en kort e-post og spørre om tidsplanen.
> Hilsen Karriererådgivningen
"""),
m(F, "nb", "offer_pending", "ikke fått noe skriftlig", """
Hei! Jeg fikk muntlig tilbud på telefonen for ti dager siden, de sa kontrakten skulle komme "i løpet av uka". Den har ikke kommet. Er det normalt? Skal jeg purre? Jeg har ikke sagt opp den gamle jobben ennå.
Mvh Jørgen
"""),
m(F, "nb", "indirect", "", """
Hei. Lurer på om det går an å søke på nytt i samme organisasjon et halvt år etter at man fikk nei, eller om det ser rart ut. De hadde en ny utlysning nesten lik den forrige. Skal jeg ringe og høre først? Hilsen Ida
"""),
m(F, "nb", "long_story", "tenker på å trekke søknaden", """
Hei

Jeg har en ganske spesiell situasjon og vet ikke helt hvordan jeg skal håndtere den. I desember søkte jeg på to stillinger samtidig, én i en statlig etat i Bergen og én i et privat konsulentselskap i Oslo. Jeg bor i Bergen og har familie her, så etaten er egentlig førstevalget. Konsulentselskapet kalte meg inn veldig raskt, og jeg har nå vært gjennom tre runder der, med caseoppgave og personlighetstest og det hele. I går fikk jeg beskjed om at de vil gi meg et tilbud, og de vil ha svar innen en uke.

Etaten har jeg hørt svært lite fra. Jeg var på ett intervju for fire uker siden, der de sa at de skulle ha andre runde i løpet av januar. Ingen har tatt kontakt siden. Jeg har sett søkerlisten og det var 45 søkere, men jeg vet jo ikke hvor mange som er igjen.

Jeg har lest på nettsidene deres at man kan bruke et tilbud fra et annet sted som grunn til å ringe. Men jeg er usikker på hvordan jeg sier det. Skal jeg si at jeg har et tilbud og spørre om de kan fremskynde prosessen? Eller er det for frekt overfor en statlig arbeidsgiver, som jo har sine regler og tilsettingsråd og alt? Og hva gjør jeg hvis de sier at de ikke kan si noe før om tre uker?

Jeg vil helst ikke takke nei til konsulentjobben for en sjanse jeg kanskje ikke har, men jeg vil heller ikke takke ja og så få etaten to uker senere.

Hilsen
Magnus
"""),
m(F, "nb", "form", "Kontaktskjema – karriere", """
Navn: Hanne
E-post: hanne.lie@example.no
Medlemsnummer: 61034
Henvendelsen gjelder: Annet
Melding: jeg fikk nei på en stilling jeg var overkvalifisert for og skjønner ikke hvorfor, ble ikke engang kalt inn. kan jeg be om begrunnelse? det er en kommune
"""),
# ---------------- English ----------------
m(F, "en", "short", "", """
they said i'd hear back by friday. it's tuesday. email or wait?
"""),
m(F, "en", "short", "Application status", """
Applied to a directorate 6 weeks ago, portal still says "under review". Is that normal in Norway?
"""),
m(F, "en", "long_story", "Not sure what's going on with my application", """
Hello,

I'm sorry for the long mail, I've been thinking about this for a while. I'm from Italy and have lived in Norway for three years. I work as a research assistant at a university on a temporary contract that ends in June, so I've been applying for permanent jobs since the autumn. I have a master's in public policy from Bologna and my Norwegian is at B2 level, I use it every day at work.

In November I applied to a position as an adviser at a county municipality. The ad said the deadline was 30 November and that interviews would be "in January". I got an automatic confirmation and then nothing. In the middle of December I saw my name on the applicant list on their website (which surprised me, in Italy this would never be public!) together with 38 other names. Since then, nothing.

Now it's the beginning of February. I don't know if "nothing" means no, or if the process is just slow. A Norwegian colleague told me that in the public sector it can take months and that I shouldn't call, because it would look pushy. Another colleague said I absolutely should call, because that shows I'm interested. I don't know who to believe and I'm worried about the cultural side of it, I don't want to make a bad impression.

So: would it be appropriate to contact them now? Should it be by phone or e-mail, and in Norwegian or English? And what exactly should I ask?

One more thing, while I'm writing anyway. My CV still has the Italian format, with a photo, my date of birth and a short "personal profile" at the top, and it's three pages long. A friend looked at it and said this is not how Norwegians do it, and that maybe this is why I rarely get invited. Is the photo really a problem here? Should I remove it before I send the next applications, even if this county has already seen it? I have two more applications due at the end of the month and I'd like to get it right.

Thank you very much,
Giulia
""", sec="cv"),
m(F, "en", "indirect", "Feedback after rejection", """
Hi, I was rejected for a job at an NGO after the final round. They were very friendly and said I was a strong candidate. I wonder whether it's common in Norway to ask for feedback, and how people usually do it without sounding like they're arguing. Thanks, Owen
"""),
m(F, "en", "mixed", "Follow up + second interview prep", """
Hi,

I had a first interview with a consultancy two weeks ago. They said they'd invite some candidates to a second round with a case, but I haven't heard anything. Should I send them a short e-mail to ask about the timeline? I'd also love tips on how to prepare for a case interview in case they do call me, I've never done one.

Best,
Priya
""", sec="interview"),
m(F, "en", "reply_quoted", "Re: Calling the employer", """
Thanks! I called before applying and they were really nice, and they said interviews would be in week 12. It's now the end of week 13 and I haven't been invited or rejected. Does that mean I'm out? I checked the applicant list and there were 31 applicants, so I guess they're still going through them. Would it be too much to call the same person again, since we already talked once? She was very friendly and said I could "call anytime", but people say that. I don't want to be the annoying candidate.

On Mon, 9 Mar 2026 at 08:30, Karriere <karriere@example.no> wrote:
> Hi Anna,
>
> Calling the contact person before you apply is a good idea: you'll learn more than the ad
> says, and you can ask how the hiring process is planned.
>
> Best regards,
> Career counselling
"""),
m(F, "en", "long_story", "Internal position, no news", """
Hi there,

I'm a Norwegian working for a large private company in Oslo, but I write in English since it's our working language and I'm more used to it at this point. About two months ago I applied for an internal position as team lead in another department. It was posted internally only, and my own manager encouraged me to apply. I had a very good conversation with the department head, who told me I was "exactly the profile they're looking for", and then I had a second meeting with HR and a business partner.

Since then, nothing. No rejection, no offer. The HR system still lists the position as open. Meanwhile, rumours are going around that they're considering an external candidate. My own manager says he doesn't know anything. It's getting awkward because I have to work with people in that department every week, and I feel like everyone knows something I don't.

I don't want to seem impatient, but I also need to plan: my own team is being restructured and I've been asked whether I want to take on a bigger role here, which I'd decline if the team lead job is realistic.

Is it OK to go directly to the department head and ask where things stand? Or should I go through HR? And is there any polite way to ask whether there's an external candidate without sounding paranoid?

Thanks,
Marius
"""),
m(F, "en", "short", "", """
Is it weird to call the contact person in the ad before applying? what do i even ask
"""),
m(F, "en", "indirect", "No response after sending references", """
Hello, a few weeks ago they asked for two references after my second interview at a county, and both were contacted last week. I still haven't heard anything. I'm unsure whether silence at this stage usually means something. What would you do?
"""),
m(F, "en", "form", "Contact form: career", """
Name: Daniela Costa
Email: daniela.costa@example.com
Member no.: 70215
Topic: Job application
Message: Hello, I'm waiting for an answer from a municipality, I interviewed 5 weeks ago. In Norway what is normal, should I write to them? My Norwegian is not very good, can I write in English?
"""),
m(F, "en", "long_story", "long time no hear - after offer negotiation", """
Hi,

I'll try to keep it short but there's some backstory. I interviewed for a senior adviser position at a foundation in Bergen in January: two rounds, the second with a presentation. Afterwards the director called me and said they wanted to offer me the position and asked about my salary expectations. I gave them a range based on your statistics, as you'd recommended in an earlier mail, and she said it sounded "within what we can do" and that HR would send a written offer "in the next few days".

That was 17 days ago. I've sent one short e-mail to HR a week ago asking when I could expect the written offer; no reply. I called the director's number once, went to voicemail, didn't leave a message. I'm currently employed, so I'm not desperate, but I've already mentally started planning the move and told my partner to look for jobs in Bergen.

I'm not asking about the salary, I think the range is fine. I'm asking what to do now. Is it common for these things to stall at this point? Should I call the director again, or is that too much after the e-mail to HR? Is there a risk that my salary range scared them off and this is their way of saying no?

Thanks a lot,
Benjamin
"""),
m(F, "en", "mixed", "rejected - also CV?", """
Hi, I got rejected for three jobs in a row at the same directorate, always without an interview. I want to call and ask why, but is that normal when you weren't even interviewed? And if they say it's my application, what should I change? I've attached it just in case.
Thanks, Ahmed
""", sec="cv"),
m(F, "en", "short", "Re: Re: application", """
ok they haven't answered my email from last week either. call them?

> Hi Lars, a short polite e-mail asking about the timeline is fine.
"""),
m(F, "en", "long_story", "Thoughts about the extended applicant list", """
Hello,

I'm an international member working in Norway for four years, now as an adviser in a municipality. Recently I applied for a position as senior adviser at a state agency. I was interviewed, I thought it went well, and then I got a short rejection letter saying they had chosen another candidate.

A Norwegian colleague told me I can ask for something called "utvidet søkerliste" and see who got the job and what qualifications they have. I didn't know this was possible, and honestly it feels a little strange to ask for information about other applicants. In my country it would be seen as aggressive.

What exactly is on this list, and how do I ask for it? Is there a form, or just an e-mail? Will the employer think badly of me if I ask? I don't plan to complain, I just want to understand how far I am from what they wanted, so I can apply better next time. And is it also possible to get their assessment of me, or is that not included?

Thank you,
Olga
"""),
# ---------------- nynorsk ----------------
m(F, "nn", "short", "", """
hei, kor lenge bør eg vente før eg ringjer og spør om søknaden?
"""),
m(F, "nn", "short", "Søkjarliste", """
Kvar finn eg søkjarlista til ei stilling i kommunen? Fristen gjekk ut i går.
"""),
m(F, "nn", "long_story", "Høyrt ingenting etter intervju", """
Hei

Eg var på intervju til ei stilling som rådgjevar i ein fylkeskommune for tre veker sidan. Intervjuet gjekk fint, trur eg. Det var fire i panelet, mellom anna ein tillitsvald, og dei stilte mange spørsmål om erfaringa mi frå prosjektarbeid i kommunen der eg jobbar no. På slutten sa leiaren at dei skulle ha andre runde med to–tre kandidatar "innan to veker", og at alle skulle få beskjed.

No har det gått tre veker og eg har ikkje høyrt noko. Eg veit ikkje om det betyr at eg ikkje er med vidare og at dei berre ikkje har sendt avslag enno, eller om det berre tek tid. Eg har ikkje lyst til å mase, men eg har òg ein søknad ute til ei anna stilling der fristen er om ti dagar, og eg lurer på kor mykje eg skal leggje i den.

Er det greitt å ringje leiaren og spørje korleis det ligg an? Eller er det betre å sende ein e-post til den som var kontaktperson i utlysinga? Kva seier eg, utan at det verkar påtrengjande?

Helsing
Sindre
"""),
m(F, "nn", "indirect", "Tilbakemelding", """
Hei. Eg fekk avslag på ei stilling i staten i går, etter to intervju. Eg skulle gjerne visst kva som gjorde utslaget, men eg er usikker på om det er vanleg å spørje, og kven ein i så fall spør. Korleis pleier folk å gjere det?
Helsing Gro
"""),
m(F, "nn", "mixed", "Ringje før eg søkjer, og søknadsbrevet", """
Hei! Eg skal søkje ei stilling i ein kommune, fristen er om ei veke. Eg har tenkt å ringje kontaktpersonen først. Kva er lurt å spørje om? Og bør eg nemne samtalen i søknaden, eller blir det rart?
Helsing Håkon
""", sec="cv"),
m(F, "nn", "reply_quoted", "SV: Ventar på svar", """
Takk for rådet. Eg sende ein kort e-post som de foreslo, men har ikkje fått svar på den heller, og det er no ti dagar sidan. Skal eg ringje no, eller ta det som eit nei?

Helsing Ane

Fra: Karriere <karriere@example.no>
Sendt: onsdag 4. mars 2026 10:05
Til: Ane Haugland <ane.haugland@example.no>
Emne: SV: Ventar på svar

Hei Ane,
Det er heilt vanleg å sende ein kort og høfleg e-post nokre veker etter fristen og spørje om tidsplanen.
Venleg helsing
Karriererådgjevinga
"""),
m(F, "nn", "long_story", "Fekk nei, men stillinga er lyst ut på nytt", """
Hei.

Eg søkte ei stilling som seniorrådgjevar i eit direktorat i haust og var på to intervju. I desember fekk eg avslag, utan grunngjeving, berre at "det var mange gode søkjarar". Eg tok det til etterretning og gjekk vidare. Men i går såg eg at den same stillinga er lyst ut att, med nesten same tekst. Det einaste som er endra, er at dei no ber om "erfaring frå regelverksarbeid", som eg faktisk har, men som eg kanskje ikkje fekk fram godt nok i førre runde.

Eg lurer på om det er greitt å ringje leiaren og spørje kvifor stillinga er lyst ut att, og om det er vits i at eg søkjer på nytt. Eg vil ikkje verke som ein som ikkje tek eit nei. Samstundes har eg lyst på jobben, og eg trur eg kunne ha gjort det betre.

Kan eg òg be om å få vite kven som fekk tilbodet sist, sidan det tydelegvis ikkje vart noko av? Eller er det ikkje noko eg har krav på?

Helsing
Lars Olav
"""),
m(F, "nn", "form", "Kontaktskjema", """
Namn: Tone Eide
E-post: tone.eide@example.no
Kva gjeld det: Søknad / oppfølging
Melding: eg har søkt ei stilling i eit departement og fekk melding om at saka er "til behandling i tilsetjingsrådet". kva tyder det og kor lenge tek det vanlegvis?
"""),
m(F, "nn", "long_story", "utan svar sidan jul", """
hei

eg skriv frå mobilen så det blir litt rotete. eg søkte i november på ei stilling som prosjektleiar i ei interkommunal verksemd her på vestlandet. dei kalla meg inn på intervju rett før jul og det gjekk veldig bra, dei sa eg var "sterkt aktuell" og at dei skulle ta referansar etter nyttår. eg gav dei tre namn. to av referansane mine har sagt at ingen har ringt dei. no er det snart februar.

eg har sendt ein e-post i midten av januar og fekk eit kort svar om at "saka er til vurdering". sidan ingenting. eg lurer på om det er politikk inne i biletet, sidan det er fleire kommunar som eig verksemda, og om det er ein intern kandidat dei vil ha. eller kanskje det er budsjettet.

eg har ein grei jobb no så det hastar ikkje på den måten, men eg har lyst å vite om eg skal slutte å tenkje på det. kva er vanleg å gjere når ein har følgt opp éin gong og ikkje fått noko konkret svar? skal eg ringje dagleg leiar direkte?

helsing
kristin
"""),
m(F, "nb", "long_story", "Litt av en prosess (beklager lengden)", """
Hei.

Jeg har lest mange av rådene deres på nettsidene, men jeg tror situasjonen min er litt spesiell, så jeg skriver likevel. Det blir langt, men jeg vil at dere skal ha hele bildet.

Jeg er 47 og har jobbet som seksjonsleder i en mellomstor kommune i Innlandet i åtte år. Før det var jeg rådgiver i fylkeskommunen og i et direktorat. I fjor sommer bestemte jeg meg for å søke meg til en stilling som avdelingsdirektør i et direktorat i Oslo. Det var en stilling jeg har hatt lyst på lenge, og jeg kjenner fagfeltet godt. Søknadsfristen var 1. september.

Prosessen har vært lang, og ærlig talt litt rar. De brukte et eksternt rekrutteringsbyrå. Jeg hadde et første intervju med byrået i slutten av september, så en personlighetstest og en evnetest på nett i oktober, så et intervju med direktøren og to andre i november. Etter det fikk jeg beskjed fra byrået om at jeg var "blant de tre siste", og at de skulle ta referanser. Referansene mine ble kontaktet i begynnelsen av desember, det vet jeg fordi to av dem sa fra til meg.

Så skjedde ingenting. Byrået sendte en kort e-post like før jul om at "prosessen dessverre trekker ut", og at direktøren skulle komme tilbake til dem "over nyttår". Nå er det slutten av februar. Jeg har sendt to e-poster til konsulenten i byrået, én i januar og én for to uker siden, og fikk bare svar på den første: at de "ikke hadde noe nytt å melde". Jeg har sett på søkerlisten, og jeg vet hvem de to andre er, det er et lite miljø. Ingen av dem har fått stillingen så vidt jeg vet, for da ville det vært kjent.

Samtidig har det skjedd ting hjemme. Kommunen vår skal omorganiseres, og rådmannen har spurt om jeg vil lede arbeidet med den nye strukturen. Det er en stor og spennende oppgave, men den binder meg i minst to år. Jeg har sagt at jeg trenger litt tid. Jeg har ikke sagt noe om direktoratet, og jeg vil helst ikke gjøre det med mindre jeg må.

Det jeg lurer på er: Er det greit at jeg nå tar direkte kontakt med direktøren, og ikke går via byrået? Eller bryter det med en slags uskreven regel når det er et byrå inne? Hvis jeg tar kontakt, hvor åpen kan jeg være om at jeg har en annen stor mulighet som jeg må svare på? Jeg vil ikke at det skal se ut som et ultimatum. Og bør jeg tenke at en så lang stillhet i praksis betyr at de har valgt en annen, eller er det vanlig i staten at det tar så lang tid på lederstillinger?

Takk for at dere leser.

Vennlig hilsen
Gudrun
"""),
m(F, "nn", "long_story", "Fekk vite at eg var nummer to", """
Hei

Eg vart ringd opp av leiaren i ein kommune i går og fekk vite at eg ikkje fekk stillinga som rådgjevar innan kultur og frivilligheit, men at eg var "ein klar nummer to". Ho sa at dei ville halde meg i tankane om noko liknande dukka opp, og at eg måtte berre ta kontakt om eg lurte på noko. Det var ein hyggeleg samtale, men eg var så skuffa at eg ikkje fekk spurt om noko som helst.

No i ettertid har eg mange spørsmål. Kva var det den andre hadde som ikkje eg hadde? Kva kunne eg ha gjort betre i intervjuet? Og kva betyr det eigentleg å bli "halden i tankane", er det noko ein seier for å vere grei, eller er det reelt? Eg har lyst til å ringje henne tilbake og spørje, sidan ho sjølv sa eg kunne ta kontakt, men eg veit ikkje om det blir for mykje når eg alt har fått eit nei. Kor lenge bør eg vente, og korleis opnar eg ein slik samtale utan at det høyrest ut som eg prøver å få dei til å ombestemme seg?

Helsing
Synnøve
"""),
]
