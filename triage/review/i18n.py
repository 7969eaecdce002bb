"""Interface text of the review page: Norwegian bokmål first, English available."""

from __future__ import annotations

from triage.review.i18n_aids import AIDS

LANGUAGES = ("nb", "en")

STRINGS: dict[str, dict[str, str]] = {
    "title": {"nb": "Karriereposten: gjennomgang", "en": "Career mailbox: review"},
    "sign_in": {"nb": "Logg inn", "en": "Sign in"},
    "sign_out": {"nb": "Logg ut", "en": "Sign out"},
    "name": {"nb": "Brukernavn", "en": "User name"},
    "password": {"nb": "Passord", "en": "Password"},
    "bad_login": {"nb": "Feil brukernavn eller passord.", "en": "Wrong user name or password."},
    "too_many": {
        "nb": "For mange forsøk. Vent noen minutter og prøv igjen.",
        "en": "Too many attempts. Wait a few minutes and try again.",
    },
    "signed_in_as": {"nb": "Innlogget som", "en": "Signed in as"},
    "queue": {"nb": "Kø", "en": "Queue"},
    "stats": {"nb": "Statistikk", "en": "Statistics"},
    "queue_empty": {"nb": "Ingenting venter. Godt jobbet!", "en": "Nothing waits. Well done!"},
    "waiting": {
        "nb": "venter (trenger omsorg først, så nærmeste frist, så eldste)",
        "en": "waiting (needs care first, then due soonest, then oldest)",
    },
    "member": {"nb": "Medlem", "en": "Member"},
    "subject": {"nb": "Emne", "en": "Subject"},
    "topic": {"nb": "Tema", "en": "Topic"},
    "topic_followup": {"nb": "Oppfølging av søknad", "en": "Follow-up"},
    "topic_interview": {"nb": "Intervju", "en": "Interview"},
    "topic_salary": {"nb": "Lønn", "en": "Salary"},
    "topic_cv": {"nb": "CV og søknad", "en": "CV and application"},
    "topic_other": {"nb": "Annet", "en": "Other"},
    "confidence": {"nb": "Sikkerhet", "en": "Confidence"},
    "lang": {"nb": "Språk", "en": "Language"},
    "age": {"nb": "Alder", "en": "Age"},
    "attachments": {"nb": "Vedlegg", "en": "Attachments"},
    "status": {"nb": "Status", "en": "Status"},
    "status_drafted": {"nb": "utkast", "en": "draft"},
    "status_needs_counsellor": {"nb": "trenger rådgiver", "en": "needs a counsellor"},
    "status_needs_care": {"nb": "trenger omsorg", "en": "needs care"},
    "status_skipped": {"nb": "hoppet over", "en": "skipped"},
    "status_pending": {"nb": "under arbeid", "en": "in progress"},
    "due": {"nb": "Frist", "en": "Due"},
    "care_note": {
        "nb": "Ordene i anførselstegn er medlemmets egne og grunnen til at saken står øverst."
        " Svar personlig og snart, og tilby en samtale.",
        "en": "The words in quotes are the member's own and the reason this item is at the"
        " top. Answer personally and soon, and offer a call.",
    },
    "care_draft_note": {
        "nb": "Ingen mal her: teksten er en start på et personlig svar. Skriv med egne ord, og"
        " behold eller slett blokken med hjelpetelefoner.",
        "en": "No template here: the text is a start for a personal reply. Write in your own"
        " words, and keep or delete the block with the helplines.",
    },
    "concern": {"nb": "Ingen mal", "en": "No template"},
    "concern_note": {
        "nb": "ordlyden kan vise at medlemmet har det vondt. Les e-posten før du svarer, og"
        " skriv personlig hvis det stemmer.",
        "en": "the wording may show that the member is struggling. Read the mail before you"
        " answer, and write personally if so.",
    },
    "complaint": {"nb": "Klage på et tidligere svar", "en": "Complaint about an earlier answer"},
    "complaint_note": {
        "nb": "medlemmet er misfornøyd med et svar fra oss. Se hva vi svarte sist, og svar"
        " personlig, ikke med samme mal igjen.",
        "en": "the member is unhappy with an answer from us. See what we replied last time,"
        " and answer personally, not with the same template again.",
    },
    "repeat": {"nb": "Samme tema igjen", "en": "The same topic again"},
    "repeat_note": {
        "nb": "medlemmet fikk malen om dette temaet nylig og skriver igjen. Se hva vi svarte sist,"
        " og svar personlig.",
        "en": "the member got our template on this topic lately and writes again. See what we"
        " replied last time, and answer personally.",
    },
    "complaint_blank_note": {
        "nb": "Klage på et tidligere svar: skriv et personlig svar, ikke samme mal igjen.",
        "en": "A complaint about an earlier answer: write a personal reply, not the same"
        " template again.",
    },
    "history": {
        "nb": "Medlemmets andre spørsmål og svarene de fikk (nyeste først)",
        "en": "The member's other questions and the replies they got (newest first)",
    },
    "history_none": {
        "nb": "Ingen andre spørsmål fra denne adressen.",
        "en": "No other questions from this address.",
    },
    "history_reply": {"nb": "Vårt svar", "en": "Our reply"},
    "history_no_reply": {"nb": "Ikke besvart herfra.", "en": "Not answered from here."},
    "history_reply_removed": {
        "nb": "Besvart; teksten er slettet.",
        "en": "Answered; the text has been deleted.",
    },
    "status_sent": {"nb": "sendt", "en": "sent"},
    "status_kept": {"nb": "lagret som utkast", "en": "kept as draft"},
    "status_rejected": {"nb": "avvist", "en": "rejected"},
    "status_answered_elsewhere": {"nb": "besvart utenom", "en": "answered elsewhere"},
    "status_forgotten": {"nb": "slettet etter ønske", "en": "deleted on request"},
    "question": {"nb": "Spørsmålet", "en": "The question"},
    "full_original": {"nb": "Vis hele den opprinnelige e-posten", "en": "Show the full original"},
    "draft": {"nb": "Svarutkast", "en": "Draft reply"},
    "to": {"nb": "Til", "en": "To"},
    "preview": {"nb": "Forhåndsvisning", "en": "Preview"},
    "places_left": {
        "nb": "Steder du må fylle ut før sending:",
        "en": "Places to fill in before sending:",
    },
    "no_places_left": {"nb": "Ingen steder igjen å fylle ut.", "en": "No places left to fill in."},
    "approve": {"nb": "Godkjenn og send", "en": "Approve and send"},
    "keep": {"nb": "Behold som utkast i e-posten", "en": "Keep as draft in the mailbox"},
    "change_topic": {"nb": "Bytt tema", "en": "Change topic"},
    "reject": {"nb": "Avvis", "en": "Reject"},
    "reason_no_answer": {"nb": "Trenger ikke svar", "en": "No answer needed"},
    "reason_elsewhere": {"nb": "Besvart et annet sted", "en": "Answered elsewhere"},
    "reason_not_ours": {"nb": "Ikke for karriererådgivningen", "en": "Not for career advice"},
    "blank_note": {
        "nb": "Modellen var usikker: skriv svaret fra den tomme malen, eller velg et tema.",
        "en": "The model was unsure: write from the blank template, or choose a topic.",
    },
    "keys": {
        "nb": "Taster: j/k neste/forrige, a godkjenn, e rediger, t tema, s situasjoner, r avvis,"
        " 1–9 sett inn avsnitt fra «Besvart før», i første «Sett inn», Esc forlat feltet",
        "en": "Keys: j/k next/previous, a approve, e edit, t topic, s situations, r reject,"
        " 1–9 insert a paragraph from 'Answered before', i first 'Insert', Esc leave the field",
    },
    "back": {"nb": "Tilbake til køen", "en": "Back to the queue"},
    "next": {"nb": "Neste", "en": "Next"},
    "previous": {"nb": "Forrige", "en": "Previous"},
    "sent": {"nb": "Svaret er sendt.", "en": "The reply was sent."},
    "kept": {
        "nb": "Utkastet er lagret i utkastmappen.",
        "en": "The draft was saved in the Drafts folder.",
    },
    "rejected": {"nb": "Saken er avvist.", "en": "The item was rejected."},
    "topic_changed": {
        "nb": "Temaet er byttet og utkastet skrevet på nytt.",
        "en": "The topic was changed and the draft re-written.",
    },
    "placeholders": {
        "nb": "Ikke sendt: fyll ut de markerte stedene [[…]] først.",
        "en": "Not sent: fill in the marked places [[…]] first.",
    },
    "empty": {"nb": "Ikke sendt: svaret er tomt.", "en": "Not sent: the reply is empty."},
    "no_smtp": {
        "nb": "Sending er ikke satt opp ([smtp] mangler i innstillingene).",
        "en": "Sending is not set up ([smtp] is missing from the settings).",
    },
    "bad_address": {
        "nb": "Ikke sendt: mottakeradressen er ikke gyldig.",
        "en": "Not sent: the recipient address is not valid.",
    },
    "question_gone": {
        "nb": "Spørsmålet finnes ikke lenger i postkassen (slettet eller flyttet)."
        " Ingenting er sendt.",
        "en": "The question is no longer in the mailbox (deleted or moved). Nothing was sent.",
    },
    "stale": {
        "nb": "Allerede behandlet av {who} (status: {status}). Siden er oppdatert.",
        "en": "Already handled by {who} (status: {status}). The page has been refreshed.",
    },
    "handled": {
        "nb": "Allerede behandlet av {who}: {status}.",
        "en": "Already handled by {who}: {status}.",
    },
    "not_found": {"nb": "Fant ikke saken.", "en": "Item not found."},
    "mail_error": {
        "nb": "Ikke sendt, utkastet venter fortsatt: {error}",
        "en": "Not sent, the draft is still waiting: {error}",
    },
    "warning": {"nb": "Advarsel: {error}", "en": "Warning: {error}"},
    "csrf": {
        "nb": "Skjemaet var utløpt eller ugyldig. Last siden på nytt og prøv igjen.",
        "en": "The form had expired or was invalid. Reload the page and try again.",
    },
    "volume": {"nb": "Antall per tema", "en": "Volume per topic"},
    "templates": {
        "nb": "Maler: sendt uten eller med små endringer",
        "en": "Templates: sent unedited or lightly edited",
    },
    "count": {"nb": "Antall", "en": "Count"},
    "sent_count": {"nb": "Sendt", "en": "Sent"},
    "unedited": {"nb": "Uendret (< 5 %)", "en": "Unedited (< 5 %)"},
    "light": {"nb": "Lett redigert (< 25 %)", "en": "Lightly edited (< 25 %)"},
    "model": {"nb": "Modell", "en": "Model"},
    "no_model": {"nb": "Ingen modellkort funnet.", "en": "No model card found."},
    "nothing_yet": {"nb": "Ingen data ennå.", "en": "No data yet."},
    "language": {"nb": "English", "en": "Norsk"},
    # The operations view (statistics page)
    "operations": {"nb": "Drift, uke for uke", "en": "Operations, week by week"},
    "operations_note": {
        "nb": "Siste {weeks} uker. Samme tall for overvåking: triage status --json.",
        "en": "The last {weeks} weeks. The same figures for monitoring: triage status --json.",
    },
    "chart_questions": {"nb": "Spørsmål per uke, etter tema", "en": "Questions per week by topic"},
    "chart_reply_time": {
        "nb": "Tid fra mottatt til svar sendt",
        "en": "Time from arrival to reply sent",
    },
    "chart_oldest_waiting": {
        "nb": "Alder på eldste ventende ved ukeslutt",
        "en": "Age of the oldest waiting item",
    },
    "chart_light_edits": {
        "nb": "Utkast sendt med små endringer (< 25 %)",
        "en": "Drafts sent with light edits (< 25 %)",
    },
    "chart_topic_kept": {
        "nb": "Rådgiverne beholdt modellens tema",
        "en": "Counsellors kept the model's topic",
    },
    "answered_elsewhere": {"nb": "Besvart utenom", "en": "Answered elsewhere"},
    "week_short": {"nb": "u{n}", "en": "w{n}"},
    "hours": {"nb": "timer", "en": "hours"},
    "days": {"nb": "dager", "en": "days"},
    "median": {"nb": "median", "en": "median"},
    "p90": {"nb": "90. persentil", "en": "90th percentile"},
    "oldest_waiting": {"nb": "Eldste ventende", "en": "Oldest waiting"},
    "oldest_now": {"nb": "{days} dager (siden {since})", "en": "{days} days (since {since})"},
    "this_week": {"nb": "Spørsmål denne uka", "en": "Questions this week"},
    "median_reply": {"nb": "Median svartid forrige uke", "en": "Median reply time last week"},
    "kept_share": {"nb": "Tema beholdt", "en": "Topic kept"},
    "kept_of": {"nb": "{share} % av {n}", "en": "{share} % of {n}"},
    "none": {"nb": "ingen", "en": "none"},
    "busy": {
        "nb": "Mange innlogginger akkurat nå. Prøv igjen om et øyeblikk.",
        "en": "Many sign-ins right now. Try again in a moment.",
    },
    "status_sending": {"nb": "sendes", "en": "being sent"},
    "status_keeping": {"nb": "lagres som utkast", "en": "being kept as draft"},
    "status_gone": {"nb": "finnes ikke", "en": "gone"},
    "counsellor": {"nb": "Rådgiver", "en": "Counsellor"},
    "being_handled": {"nb": "Under behandling", "en": "Being handled"},
    "claimed_sending": {
        "nb": "{who} sender svaret (startet for {age} siden). Ingen andre kan gjøre noe med saken"
        " imens.",
        "en": "{who} is sending the reply (started {age} ago). Nobody else can act on it"
        " meanwhile.",
    },
    "claimed_keeping": {
        "nb": "{who} lagrer utkastet (startet for {age} siden).",
        "en": "{who} is keeping the draft (started {age} ago).",
    },
    "interrupted": {"nb": "Avbrutt.", "en": "Interrupted."},
    "interrupted_accepted": {
        "nb": "E-posttjeneren tok imot svaret, så det er sendt. Registrer det som sendt (det"
        " sendes ikke på nytt).",
        "en": "The mail server accepted the reply, so it went out. Record it as sent (it is not"
        " sent again).",
    },
    "interrupted_unknown": {
        "nb": "Sendingen stoppet mens e-posttjeneren hadde svaret; om medlemmet fikk det, vet vi"
        " ikke. Sjekk loggen til e-posttjeneren eller spør medlemmet. Gikk det ut: registrer det"
        " som sendt. Gikk det ikke ut: legg saken tilbake i køen og send på nytt.",
        "en": "Sending stopped while the mail server had the reply; whether the member got it"
        " is not known. Check the mail server's log or ask the member. If it went out: record it"
        " as sent. If not: put it back in the queue and send it again.",
    },
    "interrupted_keep": {
        "nb": "Lagringen ble avbrutt. Legg saken tilbake i køen.",
        "en": "Keeping the draft was interrupted. Put the item back in the queue.",
    },
    "resolve_sent": {"nb": "Det gikk ut: registrer som sendt", "en": "It went out: record as sent"},
    "resolve_queue": {"nb": "Tilbake i køen", "en": "Back to the queue"},
    "released": {"nb": "Saken er tilbake i køen.", "en": "The item is back in the queue."},
    "still_busy": {
        "nb": "{who} holder fortsatt på med saken. Vent litt.",
        "en": "{who} is still working on this item. Wait a while.",
    },
    "went_out": {
        "nb": "Svaret er allerede sendt; det legges ikke tilbake i køen.",
        "en": "The reply went out already; it is not put back in the queue.",
    },
    "cannot_resolve": {"nb": "Det kan ikke gjøres med denne saken.", "en": "That cannot be done."},
    "send_uncertain": {
        "nb": "Usikkert om svaret ble sendt: {error}. Saken står som «sendes» til en rådgiver"
        " avgjør det (se saken).",
        "en": "Not known whether the reply went out: {error}. The item stays 'being sent' until"
        " a counsellor settles it (see the item).",
    },
    "not_recorded_sent": {
        "nb": "Svaret ER sendt, men kunne ikke registreres som sendt: saken ble endret imens"
        " (nå: {status}). Si fra til den som drifter triage.",
        "en": "The reply WAS sent, but could not be recorded as sent: the item was changed"
        " meanwhile (now: {status}). Tell whoever runs triage.",
    },
    "not_recorded_kept": {
        "nb": "Utkastet er lagret, men kunne ikke registreres: saken ble endret imens (nå:"
        " {status}).",
        "en": "The draft was kept, but could not be recorded: the item was changed meanwhile"
        " (now: {status}).",
    },
    "reply_goes_to": {"nb": "Svaret går til", "en": "The reply goes to"},
    "reply_elsewhere_note": {
        "nb": "Ikke avsenderens adresse (Reply-To eller skjema).",
        "en": "Not the sender's address (Reply-To or a form).",
    },
    "reply_elsewhere_short": {"nb": "annen svaradresse", "en": "other reply address"},
    "not_the_sender": {"nb": "ikke avsenderen", "en": "not the sender"},
    "confirm_elsewhere": {
        "nb": "Svaret går til {to}, men e-posten kom fra {sender}. Send til {to} likevel?",
        "en": "The reply goes to {to}, but the mail came from {sender}. Send to {to} anyway?",
    },
    "approve_elsewhere": {"nb": "Ja, send til {to}", "en": "Yes, send to {to}"},
}

STRINGS.update(AIDS)


def translate(lang: str, key: str, **params: object) -> str:
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["nb"]
    return text.format(**params) if params else text
