"""Interface text of the review page: Norwegian bokmål first, English available."""

from __future__ import annotations

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
    "complaint": {"nb": "Klage på et tidligere svar", "en": "Complaint about an earlier answer"},
    "complaint_note": {
        "nb": "medlemmet er misfornøyd med et svar fra oss. Se hva vi svarte sist, og svar"
        " personlig, ikke med samme mal igjen.",
        "en": "the member is unhappy with an answer from us. See what we replied last time,"
        " and answer personally, not with the same template again.",
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
        "nb": "Taster: j/k neste/forrige, a godkjenn, e rediger, t tema, r avvis, Esc forlat",
        "en": "Keys: j/k next/previous, a approve, e edit, t topic, r reject, Esc leave the field",
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
}


def translate(lang: str, key: str, **params: object) -> str:
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["nb"]
    return text.format(**params) if params else text
