// Keyboard shortcuts and live highlighting of the places the counsellor must fill in.
// Loaded as a file (the Content-Security-Policy forbids inline scripts); mail text is only
// ever put into the page with textContent, never as HTML.
"use strict";

const PLACEHOLDER = /\[\[[\s\S]*?\]\]/g;

function typing(target) {
  return target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

function queueRows() {
  return Array.from(document.querySelectorAll("#queue tr.item"));
}

function selectRow(rows, index) {
  rows.forEach((row) => row.classList.remove("selected"));
  const row = rows[Math.max(0, Math.min(index, rows.length - 1))];
  if (row) {
    row.classList.add("selected");
    row.scrollIntoView({ block: "nearest" });
  }
}

function follow(id) {
  const link = document.getElementById(id);
  if (link) window.location.href = link.href;
}

function focusFirstPlace(draft) {
  draft.focus();
  PLACEHOLDER.lastIndex = 0;
  const found = PLACEHOLDER.exec(draft.value);
  if (found) draft.setSelectionRange(found.index, found.index + found[0].length);
}

function refreshPlaces(draft) {
  const text = draft.value;
  const preview = document.getElementById("preview");
  const list = document.getElementById("places-list");
  const places = text.match(PLACEHOLDER) || [];
  preview.replaceChildren();
  list.replaceChildren();
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    preview.append(document.createTextNode(text.slice(at, match.index)));
    const mark = document.createElement("mark");
    mark.textContent = match[0];
    preview.append(mark);
    at = match.index + match[0].length;
  }
  preview.append(document.createTextNode(text.slice(at)));
  for (const place of places) {
    const item = document.createElement("li");
    const mark = document.createElement("mark");
    mark.textContent = place;
    item.append(mark);
    list.append(item);
  }
  document.getElementById("places-some").hidden = places.length === 0;
  document.getElementById("places-none").hidden = places.length !== 0;
  document.getElementById("approve").disabled = places.length !== 0;
}

// "Answered before": put a paragraph into the draft where the cursor was (replacing what is
// selected there, a place after "e" say); before the draft was ever focused, after the
// greeting. The text comes from the button's data attribute and only ever becomes the
// textarea's value.
function insertParagraph(draft, button) {
  const text = button.dataset.text || "";
  let start = draft.selectionStart;
  let end = draft.selectionEnd;
  if (!draft.dataset.touched) {
    const greeting = draft.value.indexOf("\n\n");
    start = end = greeting < 0 ? draft.value.length : greeting + 2;
  }
  // The paragraph stands alone: one blank line before and after it.
  const before = draft.value.slice(0, start).replace(/\n*$/, "");
  const after = draft.value.slice(end).replace(/^\n*/, "");
  const head = before === "" ? "" : before + "\n\n";
  draft.value = head + text + "\n\n" + after;
  const cursor = (head + text + "\n\n").length;
  draft.setSelectionRange(cursor, cursor);
  draft.dataset.touched = "1";
  draft.dispatchEvent(new Event("input"));
}

function refreshChecklist() {
  const boxes = Array.from(document.querySelectorAll("#questions input.asked"));
  const note = document.getElementById("questions-left");
  if (!note || !boxes.length) return;
  const left = boxes.filter((box) => !box.checked).length;
  note.textContent = note.dataset.template.replace("{left}", left).replace("{total}", boxes.length);
  note.hidden = left === 0;
}

document.addEventListener("DOMContentLoaded", () => {
  const rows = queueRows();
  let selected = 0;
  if (rows.length) selectRow(rows, selected);
  rows.forEach((row, index) => {
    row.addEventListener("click", (event) => {
      if (event.target instanceof HTMLAnchorElement) return;
      selected = index;
      window.location.href = row.dataset.href;
    });
  });

  // Enter in the topic or reason list submits its form (t / r, arrow keys, Enter).
  for (const id of ["topic", "reason"]) {
    const select = document.getElementById(id);
    if (!select) continue;
    select.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        select.form.requestSubmit();
      }
    });
  }

  const draft = document.getElementById("draft");
  if (draft) {
    draft.addEventListener("input", () => refreshPlaces(draft));
    draft.addEventListener("focus", () => { draft.dataset.touched = "1"; });
  }
  const inserts = Array.from(document.querySelectorAll("button.insert"));
  for (const button of inserts) {
    button.addEventListener("click", () => { if (draft) insertParagraph(draft, button); });
  }
  for (const box of document.querySelectorAll("#questions input.asked")) {
    box.addEventListener("change", refreshChecklist);
  }
  refreshChecklist();

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && typing(event.target)) {
      event.target.blur();
      return;
    }
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    if (rows.length) {
      if (key === "j") selectRow(rows, ++selected >= rows.length ? (selected = rows.length - 1) : selected);
      else if (key === "k") selectRow(rows, --selected < 0 ? (selected = 0) : selected);
      else if (key === "Enter" || key === "o") window.location.href = rows[selected].dataset.href;
      else return;
      event.preventDefault();
      return;
    }
    if (key === "j") follow("next-link");
    else if (key === "k") follow("prev-link");
    else if (key === "e" && draft) focusFirstPlace(draft);
    else if (key === "t" && document.getElementById("topic")) document.getElementById("topic").focus();
    else if (key === "r" && document.getElementById("reason")) document.getElementById("reason").focus();
    else if (key === "s" && document.querySelector("#situations-form input[name=situation]")) {
      document.querySelector("#situations-form input[name=situation]").focus();
    } else if (key === "i" && inserts.length) inserts[0].focus();
    else if (/^[1-9]$/.test(key) && draft && document.getElementById("insert-" + key)) {
      insertParagraph(draft, document.getElementById("insert-" + key));
    }
    else if (key === "a" && draft) {
      const approve = document.getElementById("approve");
      if (approve.disabled) focusFirstPlace(draft);
      else approve.click();
    } else return;
    event.preventDefault();
  });
});
