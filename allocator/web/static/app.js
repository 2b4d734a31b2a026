// allocator web app: drag and drop for the upload, live progress on the solve page.
// Every text from the server is set with textContent: nothing a user sent becomes markup.
"use strict";

function setupDropzone(zone) {
  const input = zone.querySelector("input[type=file]");
  const chosen = zone.querySelector("[data-chosen]");
  const show = () => {
    chosen.textContent = input.files && input.files.length ? input.files[0].name : "";
  };
  input.addEventListener("change", show);
  ["dragenter", "dragover"].forEach((name) => zone.addEventListener(name, (event) => {
    event.preventDefault();
    zone.classList.add("over");
  }));
  ["dragleave", "drop"].forEach((name) => zone.addEventListener(name, () => {
    zone.classList.remove("over");
  }));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      show();
      input.focus();
    }
  });
}

// numbers as the server writes them (allocator.i18n.hours): a decimal comma in Dutch
let decimalMark = ".";
function number(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return String(Math.round(value * 100) / 100).replace(".", decimalMark);
}

function setupSolve(root) {
  const id = root.dataset.plan;
  const words = JSON.parse(document.getElementById("solve-words").textContent);
  let state = JSON.parse(document.getElementById("solve-state").textContent);
  decimalMark = words.decimal || ".";
  const field = (name) => root.querySelector(`[data-field="${name}"]`);
  const live = document.getElementById("live");
  let lastAnnounced = "";
  let fetchedAt = performance.now();

  const word = (key, fallback) => (key in words ? words[key] : fallback);
  const announce = (message) => {
    if (message && message !== lastAnnounced) {
      live.textContent = message;
      lastAnnounced = message;
    }
  };

  function stageText(s) {
    if (s.status !== "running") return "";
    const live = s.live;
    if (live && live.writing) return word("writing");
    if (live && live.stage) {
      return `${word("stage")} ${live.number}: ${word("stage." + live.stage, live.stage)}`;
    }
    return s.progress ? word("compiled") : "";
  }

  function distanceText(best, bound) {
    if (typeof best !== "number" || typeof bound !== "number" || !isFinite(bound)) return "–";
    const distance = Math.abs(bound - best);
    const share = (100 * distance) / Math.max(1, Math.abs(bound));
    return word("distance", "{distance} ({share} %)")
      .replace("{distance}", number(Math.round(distance * 100) / 100))
      .replace("{share}", share.toFixed(1).replace(".", decimalMark));
  }

  function render(s) {
    const status = field("status");
    status.textContent = word(s.status, s.status) + (s.stop_requested && s.status === "running"
      ? ` (${word("stopping")})` : "");
    status.className = `status status-${s.status}`;
    field("stage").textContent = stageText(s);
    const stages = s.stages || [];
    const last = stages.length ? stages[stages.length - 1] : null;
    const live = s.live && s.live.stage ? s.live : null;
    // during a stage: its best and bound so far; between stages: the last stage's result
    const best = live ? live.objective : (last ? last.objective : null);
    const bound = live ? live.bound : (last ? last.bound : null);
    // the preferences stage's value is negative by construction: say how far it may be from
    // the best instead of raw values (as allocator/web/stages.py words the table)
    const stageName = live ? live.stage : (last ? last.name : null);
    if (stageName === "preferences") {
      field("best").textContent = distanceText(best, bound);
      field("bound").textContent = "–";
    } else {
      field("best").textContent = number(best);
      field("bound").textContent = number(bound);
    }
    // the stages' results are worded by the server (allocator/web/stages.py): proven
    // optimal only when the value reached the bound
    const body = field("stages");
    const worded = (s.words && s.words.stages) || [];
    field("stages-box").hidden = worded.length === 0;
    field("live-values").hidden = s.status === "failed" && worded.length === 0;
    body.replaceChildren(...worded.map((stage) => {
      const row = document.createElement("tr");
      [stage.name, stage.result, stage.objective, stage.bound, stage.seconds].forEach((text, k) => {
        const cell = document.createElement("td");
        cell.textContent = text;
        if (k >= 2) cell.className = "num";
        row.appendChild(cell);
      });
      return row;
    }));
    root.querySelectorAll("[data-show]").forEach((element) => {
      const shows = element.dataset.show === "running"
        ? (s.status === "queued" || s.status === "running") : element.dataset.show === s.status;
      element.hidden = !shows;
    });
    const stopButton = root.querySelector("[data-stop] button");
    if (stopButton) stopButton.disabled = Boolean(s.stop_requested);
    if (s.status === "done") {
      field("done-text").textContent = ((s.words && s.words.verdict) || "")
        + (s.interrupted ? ` ${word("interrupted")}` : "");
    }
    if (s.status === "failed") {
      const text = field("failed-text");
      if (!text.textContent && s.message) text.textContent = s.message;
    }
    announce(s.status === "running" ? `${word("running")}. ${stageText(s)}`
      : word(s.status, s.status));
  }

  function tick() {
    const base = state.elapsed || 0;
    const running = state.status === "running";
    const seconds = running ? base + (performance.now() - fetchedAt) / 1000 : base;
    field("elapsed").textContent = `${number(seconds)} ${word("seconds")}`;
    const bar = field("bar");
    bar.value = Math.min(seconds, Number(bar.max));
    bar.textContent = number(seconds);
  }

  async function poll() {
    try {
      const response = await fetch(`/api/plans/${encodeURIComponent(id)}?lang=${encodeURIComponent(word("lang", "nl"))}`,
        { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (response.ok) {
        const previous = state.status;
        state = await response.json();
        fetchedAt = performance.now();
        render(state);
        if (previous !== state.status && (state.status === "done" || state.status === "failed")) {
          const heading = root.querySelector(`[data-focus-${state.status}]`);
          if (heading) heading.focus();
        }
      }
    } catch (error) {
      // the server may be restarting: keep the page and try again
    }
    if (state.status === "queued" || state.status === "running") {
      // quick until the first progress shows, then at a calmer pace
      setTimeout(poll, state.progress ? 500 : 150);
    }
  }

  const stopForm = root.querySelector("[data-stop]");
  if (stopForm) {
    stopForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      stopForm.querySelector("button").disabled = true;
      announce(word("stopping"));
      await fetch(`/api/plans/${encodeURIComponent(id)}/stop`,
        { method: "POST", credentials: "same-origin" });
    });
  }
  render(state);
  setInterval(tick, 250);
  tick();
  if (state.status === "queued" || state.status === "running") poll();
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-dropzone]").forEach(setupDropzone);
  const solve = document.getElementById("solve");
  if (solve) setupSolve(solve);
});
