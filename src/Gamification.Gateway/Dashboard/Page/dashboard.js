// The dashboard: plain DOM and inline SVG, no libraries, no build step. Reads /dashboard/api/* only.
"use strict";

const state = { view: "cluster", timer: null, session: null };
const svgNs = "http://www.w3.org/2000/svg";
const $ = (id) => document.getElementById(id);

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function svgEl(tag, attributes, text) {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function fill(tbody, items, cells) {
  tbody.replaceChildren(...items.map((item) => {
    const row = el("tr");
    for (const cell of cells(item)) row.append(cell instanceof Node ? cell : el("td", cell));
    return row;
  }));
  if (items.length === 0) {
    const row = el("tr");
    const cell = el("td", "none", "note");
    cell.colSpan = tbody.parentElement.tHead.rows[0].cells.length;
    row.append(cell);
    tbody.replaceChildren(row);
  }
}

const num = (value) => { const cell = el("td", value, "num"); return cell; };
const time = (iso) => (iso ? new Date(iso).toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z") : "");
const bytes = (n) => (n >= 1 << 30 ? (n / (1 << 30)).toFixed(1) + " GiB" : (n / (1 << 20)).toFixed(1) + " MiB");
const duration = (seconds) => (seconds >= 86400 ? (seconds / 86400).toFixed(1) + " d" : seconds >= 3600 ? (seconds / 3600).toFixed(1) + " h" : seconds + " s");

function cards(container, items) {
  container.replaceChildren(...items.map(([label, value]) => {
    const card = el("div", null, "card");
    card.append(el("div", label, "label"), el("div", value, "value"));
    return card;
  }));
}

function badge(text, kind) { const span = el("span", text, "badge " + (kind || "")); return span; }

// A line chart of one or two series; marks every non-zero point and records their count in data-points.
function chart(svg, series, labels) {
  const width = 900, height = 220, left = 48, right = 12, top = 14, bottom = 26;
  const all = series.flatMap((s) => s.values);
  const max = Math.max(1, ...all);
  const count = Math.max(2, series[0].values.length);
  const x = (i) => left + (i * (width - left - right)) / (count - 1);
  const y = (v) => top + (height - top - bottom) * (1 - v / max);
  const nodes = [];
  for (let g = 0; g <= 4; g++) {
    const value = (max * g) / 4;
    nodes.push(svgEl("line", { x1: left, x2: width - right, y1: y(value), y2: y(value), class: "grid" }));
    nodes.push(svgEl("text", { x: left - 6, y: y(value) + 4, "text-anchor": "end", class: "axis" }, value >= 10 ? value.toFixed(0) : value.toFixed(2)));
  }
  if (labels) {
    labels.forEach((label, i) => {
      const at = Math.round((i * (count - 1)) / Math.max(1, labels.length - 1));
      nodes.push(svgEl("text", { x: x(at), y: height - 8, "text-anchor": i === 0 ? "start" : i === labels.length - 1 ? "end" : "middle", class: "axis" }, label));
    });
  }
  let points = 0;
  series.forEach((s, index) => {
    nodes.push(svgEl("polyline", { class: "series" + index, points: s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ") }));
    s.values.forEach((v, i) => {
      if (v > 0) { points++; nodes.push(svgEl("circle", { cx: x(i).toFixed(1), cy: y(v).toFixed(1), r: 2.2, class: "dot" + index })); }
    });
    nodes.push(svgEl("text", { x: left + 8 + index * 120, y: top + 10, class: "legend dot" + index }, "● " + s.name));
  });
  svg.replaceChildren(...nodes);
  svg.dataset.points = String(points);
}

const minuteLabels = (series) => (series.length ? [time(series[0].at).slice(11, 19), "", "", "", time(series[series.length - 1].at).slice(11, 19)] : []);

async function api(path) {
  const headers = { Accept: "application/json" };
  const key = sessionStorage.getItem("dashboard-key");
  if (key) headers["X-Api-Key"] = key;
  const response = await fetch("/dashboard/api/" + path, { headers, credentials: "same-origin" });
  if (response.status === 401) { showLogin(); throw new Error("signed out"); }
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || body.title || response.statusText);
  return body;
}

const views = {
  async cluster() {
    const data = await api("cluster");
    cards($("call-cards"), [["Calls/s", data.calls.per_second], ["p50 ms", data.calls.p50_ms], ["p99 ms", data.calls.p99_ms], ["Errors/s", data.calls.errors_per_second], ["Silos", data.silos.filter((s) => s.state === "Active").length + " active"]]);
    fill($("silos").tBodies[0], data.silos, (s) => [
      s.address + (s.local ? " (this)" : ""), s.name, s.host_name, badge(s.state + (s.overloaded ? " (overloaded)" : ""), s.state === "Active" && !s.overloaded ? "ok" : "warn"), time(s.started_at),
      num(s.heartbeat_age_seconds + " s"), num(s.state === "Active" ? s.activations : ""), num(s.cpu_percent == null ? "" : s.cpu_percent + " %"),
      num(s.memory_bytes == null ? "" : bytes(s.memory_bytes)), num(s.clients ?? "")]);
    const labels = minuteLabels(data.series);
    chart($("calls-chart"), [{ name: "calls/s", values: data.series.map((p) => p.calls_per_second) }, { name: "errors/s", values: data.series.map((p) => p.errors_per_second || 0) }], labels);
    chart($("latency-chart"), [{ name: "p50 ms", values: data.series.map((p) => p.p50_ms) }, { name: "p99 ms", values: data.series.map((p) => p.p99_ms) }], labels);
  },
  async grains() {
    const data = await api("grains");
    const tbody = $("grain-types").tBodies[0];
    const rows = [];
    for (const type of data.types) {
      rows.push({ cls: "type", cells: [type.grain_type, type.activations, type.calls_per_second, type.calls, type.errors, "", ""] });
      for (const m of type.methods) rows.push({ cls: "method", cells: [m.method, "", m.calls_per_second, m.calls, m.errors, m.p50_ms, m.p99_ms] });
    }
    fill(tbody, rows, (r) => r.cells.map((c, i) => (i === 0 ? el("td", c) : num(c))));
    [...tbody.rows].forEach((row, i) => { if (rows[i]) row.className = rows[i].cls; });
  },
  async storage() {
    const data = await api("storage");
    cards($("storage-cards"), [["Batches/s", data.batches_per_second], ["Writes/s", data.writes_per_second], ["Mean batch size", data.mean_batch_size], ["Commit p50 ms", data.commit_p50_ms], ["Commit p99 ms", data.commit_p99_ms], ["Write failures", data.write_failures], ["Reads/s", data.reads_per_second], ["Read p99 ms", data.read_p99_ms], ["Reminder ticks/s", data.reminder_ticks_per_second]]);
    const labels = minuteLabels(data.series);
    chart($("batches-chart"), [{ name: "batches/s", values: data.series.map((p) => p.batches) }, { name: "mean size", values: data.series.map((p) => p.mean_batch_size) }], labels);
    chart($("commit-chart"), [{ name: "commit p99 ms", values: data.series.map((p) => p.commit_p99_ms) }], labels);
  },
  async reminders() {
    const data = await api("reminders");
    cards($("reminder-cards"), [["Reminders", data.total + (data.complete ? "" : "+")], ["Due in the next hour", data.due_next_hour], ["Due in the last hour", data.due_last_hour], ["As of", time(data.at).slice(11)]]);
    const row = (r) => [r.grain_type + "/" + r.grain_key, r.name, time(r.due_at), duration(r.period_seconds), time(r.last_due_at)];
    fill($("reminders-next").tBodies[0], data.next_hour, row);
    fill($("reminders-last").tBodies[0], data.last_hour, row);
  },
  async inspector() { },
  async ruleset() { await showRuleset(); },
};

function explain(entry) {
  if (!entry || entry.requested === undefined) return "";
  const parts = [`requested ${entry.requested}, granted ${entry.granted}`];
  if (entry.cut_by) parts.push(`cut by ${entry.cut_by}`);
  else if (entry.granted < entry.requested) parts.push("reduced");
  if (entry.actor_user_id) parts.push(`by ${entry.actor_user_id}`);
  if (entry.target) parts.push(`on ${entry.target.type}/${entry.target.id}`);
  if (entry.note) parts.push(entry.note);
  parts.push(`ruleset v${entry.ruleset_version}`);
  return parts.join("; ");
}

async function inspect(event) {
  if (event) event.preventDefault();
  $("inspect-error").textContent = "";
  const query = new URLSearchParams({ app: $("inspect-app").value, kind: $("inspect-kind").value, id: $("inspect-id").value.trim() });
  let data;
  try { data = await api("inspect?" + query); } catch (e) { $("inspect-error").textContent = e.message; return; }
  $("inspection").hidden = false;
  const s = data.state || {};
  const summary = [["Grain", data.grain_type + "/" + data.grain_key], ["Stored", data.exists ? "yes" : "no state yet"], ["Active", data.active ? "yes, on " + data.silo : "no"]];
  if (s.xp !== undefined) summary.splice(1, 0, ["XP", s.xp]);
  if (data.updated_at) summary.push(["Updated", time(data.updated_at)]);
  cards($("inspect-cards"), summary);
  $("inspect-cards").dataset.xp = s.xp === undefined ? "" : String(s.xp);
  fill($("inspect-badges").tBodies[0], s.badges || [], (b) => [b.badge_id, b.scope || "", time(b.earned_at)]);
  const today = s.today || {};
  const daily = [["day", today.day || ""], ["xp_gained", today.xp_gained ?? ""], ["daily_reward_granted", String(today.daily_reward_granted ?? "")], ["watch_minutes", today.watch_minutes ?? ""]]
    .concat(Object.entries(today.action_counts || {}).map(([action, n]) => ["action: " + action, n]));
  if (!s.today && s.members) for (const [user, member] of Object.entries(s.members)) daily.push(["member: " + user, JSON.stringify(member)]);
  fill($("inspect-daily").tBodies[0], s.today || s.members ? daily : [], (d) => [d[0], num(d[1])]);
  fill($("inspect-ledger").tBodies[0], data.ledger, (r) => [num(r.sequence), time(r.at), r.kind, r.entry.subject ?? "", num(r.entry.requested ?? ""), num(r.entry.granted ?? ""), num(r.entry.balance_after ?? ""), explain(r.entry)]);
  $("inspect-state").textContent = data.state ? JSON.stringify(data.state, null, 2) : "(no stored state)";
}

async function showRuleset() {
  const app = $("ruleset-app").value;
  const r = await api("ruleset?" + new URLSearchParams({ app }));
  $("ruleset-title").textContent = `${r.name} (${r.id} v${r.version}) for app ${r.app}`;
  let levels = r.levels;
  if ((!levels || levels.length === 0) && r.xp_per_level) levels = Array.from({ length: 20 }, (_, i) => ({ level: i + 1, name: "", exp_required: i * r.xp_per_level, unlock: null }));
  chart($("level-chart"), [{ name: "XP needed", values: levels.map((l) => l.exp_required) }], levels.length ? ["level " + levels[0].level, "level " + levels[levels.length - 1].level] : []);
  fill($("ruleset-levels").tBodies[0], levels, (l) => [num(l.level), l.name, num(l.exp_required), l.unlock || ""]);
  fill($("ruleset-actions").tBodies[0], r.actions, (a) => [a.name, num(a.exp), num(a.daily_limit ?? ""), num(a.lifetime_limit ?? ""), num(a.cooldown_seconds), a.recipient, a.enabled ? "yes" : "no", a.client_allowed ? "yes" : "no"]);
  fill($("ruleset-caps").tBodies[0], r.daily_caps, (c) => [num(c.min_level), num(c.max_level ?? "∞"), num(c.exp)]);
  fill($("ruleset-grades").tBodies[0], r.grades, (g) => [g.name, num(g.min_xp_required), g.user_type_access]);
  fill($("ruleset-badges").tBodies[0], r.badges, (b) => [b.id, b.name, b.kind, b.action || "", num(b.threshold)]);
}

async function refresh() {
  try { await views[state.view](); } catch (e) { if (e.message !== "signed out") console.warn(e); }
}

function show(view) {
  state.view = view;
  for (const button of $("tabs").querySelectorAll("button")) button.classList.toggle("active", button.dataset.view === view);
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== "view-" + view;
  location.hash = view;
  refresh();
}

function showLogin() {
  clearInterval(state.timer);
  $("login").hidden = false;
  $("tabs").hidden = true;
  $("who").hidden = true;
  $("orleans-link").hidden = true;
  for (const section of document.querySelectorAll(".view")) section.hidden = true;
}

async function start() {
  let session;
  try { session = await api("session"); } catch { return; }
  state.session = session;
  $("login").hidden = true;
  $("tabs").hidden = false;
  $("who").hidden = false;
  $("who-name").textContent = session.name;
  $("orleans-link").hidden = !session.orleans_dashboard;
  for (const select of [$("inspect-app"), $("ruleset-app")]) select.replaceChildren(...session.apps.map((a) => { const o = el("option", a); o.value = a; return o; }));
  const wanted = location.hash.slice(1);
  show(views[wanted] ? wanted : "cluster");
  clearInterval(state.timer);
  state.timer = setInterval(() => { if (!["inspector", "ruleset"].includes(state.view)) refresh(); }, 2000);
}

async function login(event) {
  event.preventDefault();
  $("login-error").textContent = "";
  sessionStorage.removeItem("dashboard-key");
  const response = await fetch("/dashboard/login", {
    method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name: $("login-name").value, password: $("login-password").value }),
  });
  if (!response.ok) { const body = await response.json().catch(() => ({})); $("login-error").textContent = body.detail || "Sign-in failed"; return; }
  $("login-password").value = "";
  start();
}

async function useKey(event) {
  event.preventDefault();
  $("login-error").textContent = "";
  sessionStorage.setItem("dashboard-key", $("login-key").value);
  $("login-key").value = "";
  const response = await fetch("/dashboard/api/session", { headers: { "X-Api-Key": sessionStorage.getItem("dashboard-key") } });
  if (!response.ok) { sessionStorage.removeItem("dashboard-key"); $("login-error").textContent = "That key is not an admin key of this cluster"; return; }
  start();
}

async function logout() {
  sessionStorage.removeItem("dashboard-key");
  await fetch("/dashboard/logout", { method: "POST", credentials: "same-origin" });
  showLogin();
}

document.addEventListener("DOMContentLoaded", () => {
  $("login-form").addEventListener("submit", login);
  $("key-form").addEventListener("submit", useKey);
  $("logout").addEventListener("click", logout);
  $("inspect-form").addEventListener("submit", inspect);
  $("ruleset-app").addEventListener("change", showRuleset);
  for (const button of $("tabs").querySelectorAll("button")) button.addEventListener("click", () => show(button.dataset.view));
  start();
});
