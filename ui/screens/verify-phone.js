// The phone verification dialog: the country (searchable, with flag and calling code) and the
// number, "Send verification e-mail" (queued like any action, offline too), then the six digits
// from the e-mail and "Verify" (checked by the server, so online only).

import { api } from "../api.js";
import { h } from "../dom.js";
import { t, tf } from "../i18n.js";
import { openDialog } from "../components/dialog.js";
import { countryPicker } from "../components/country-picker.js";

const DIGITS = 6;

// Six boxes of one digit: typing moves on, Backspace moves back, pasting the code fills them all.
function codeBoxes(onComplete) {
  const boxes = Array.from({ length: DIGITS }, (_, i) => h("input", {
    class: "input code-box", id: `verify-code-${i}`, inputmode: "numeric", autocomplete: i === 0 ? "one-time-code" : "off",
    maxlength: 1, dir: "ltr",
  }));
  boxes.forEach((box, i) => tf("verify-digit", { n: i + 1 }).then((label) => box.setAttribute("aria-label", label)));
  const fillFrom = (start, digits) => {
    let i = start;
    for (const d of digits) {
      if (i >= DIGITS) break;
      boxes[i].value = d;
      i += 1;
    }
    boxes[Math.min(i, DIGITS - 1)].focus();
    if (boxes.every((b) => b.value)) onComplete();
  };
  boxes.forEach((box, i) => {
    box.addEventListener("input", () => {
      const digits = box.value.replace(/\D/g, "");
      box.value = "";
      if (digits) fillFrom(i, digits);
    });
    box.addEventListener("keydown", (e) => {
      if (e.key === "Backspace" && !box.value && i > 0) {
        e.preventDefault();
        boxes[i - 1].value = "";
        boxes[i - 1].focus();
      } else if (e.key === "ArrowLeft" && i > 0) boxes[i - 1].focus();
      else if (e.key === "ArrowRight" && i < DIGITS - 1) boxes[i + 1].focus();
    });
    box.addEventListener("paste", (e) => {
      const digits = (e.clipboardData?.getData("text") ?? "").replace(/\D/g, "");
      if (!digits) return;
      e.preventDefault();
      fillFrom(digits.length >= DIGITS ? 0 : i, digits.slice(0, DIGITS));
    });
  });
  const group = h("div", { class: "code-boxes", id: "verify-code", role: "group", "aria-label": t("verify-code") }, ...boxes);
  return { group, boxes, value: () => boxes.map((b) => b.value).join(""), clear: () => boxes.forEach((b) => { b.value = ""; }) };
}

// Opens the dialog for `user`; `onVerified(user)` gets the profile once the number is verified.
export function openPhoneVerification(user, countries, onVerified) {
  const [current, ...rest] = (user.mobile_value || "").split(" ");
  const chosen = countries.some((c) => c.code === current) ? current : countries[0]?.code;
  const picker = countryPicker(countries, chosen, "verify-country");
  const number = h("input", {
    type: "tel", class: "input", id: "verify-number", dir: "ltr", autocomplete: "off", inputmode: "tel", maxlength: 40,
    "aria-describedby": "verify-number-message",
  });
  number.value = rest.join(" ");
  const numberMessage = h("div", { class: "field-message", id: "verify-number-message" });
  const send = h("button", { type: "button", class: "button secondary", id: "verify-send" }, t("verify-send"));
  const sent = h("div", { class: "queued-note", id: "verify-sent", role: "status" });
  const codeMessage = h("div", { class: "field-message", id: "verify-code-message", "aria-live": "assertive" });
  const verify = h("button", { type: "button", class: "button", id: "verify-submit" }, t("verify-submit"));
  const code = codeBoxes(() => verify.focus());
  const cancel = h("button", { type: "button", class: "button secondary", id: "verify-cancel" }, t("add-user-cancel"));

  const showError = (at, err) => {
    at.classList.add("error");
    at.replaceChildren(h("span", { class: "error-text", role: "alert" }, err.message ?? String(err)));
  };
  const clear = (at) => {
    at.classList.remove("error");
    at.replaceChildren();
  };

  const body = h("div", { class: "verify-phone" },
    h("p", { class: "muted" }, t("verify-intro")),
    h("div", { class: "field" },
      h("label", { for: "verify-country-search" }, t("phone-country")),
      picker),
    h("div", { class: "field" },
      h("label", { for: "verify-number" }, t("field-mobile")),
      number, numberMessage),
    h("div", { class: "button-row" }, send), sent,
    h("div", { class: "field" },
      h("label", { for: "verify-code-0" }, t("verify-code")),
      code.group, codeMessage),
    h("div", { class: "dialog-actions" }, cancel, verify));
  const { close } = openDialog({ id: "verify-phone-dialog", title: t("verify-title"), body });
  cancel.addEventListener("click", () => close());

  send.addEventListener("click", async () => {
    clear(numberMessage);
    send.disabled = true;
    try {
      const updated = await api.startPhoneVerification(user.id, picker.value, number.value);
      user = updated;
      sent.textContent = t("verify-queued");
      code.clear();
      code.boxes[0].focus();
    } catch (err) {
      showError(numberMessage, err);
      number.focus();
    } finally {
      send.disabled = false;
    }
  });
  verify.addEventListener("click", async () => {
    clear(codeMessage);
    verify.disabled = true;
    try {
      const updated = await api.confirmPhone(user.id, code.value());
      close();
      await onVerified(updated);
    } catch (err) {
      showError(codeMessage, err);
      code.boxes[0].focus();
    } finally {
      verify.disabled = false;
    }
  });
  (number.value ? send : number).focus();
}
