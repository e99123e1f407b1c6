// The JSON API, same origin only; errors carry the server's one-line message.

export async function getJson(path, params) {
  const url = path + (params ? "?" + new URLSearchParams(clean(params)).toString() : "");
  const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
  return parse(response);
}

export async function postJson(path, body) {
  const response = await fetch(path, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  const data = await parse(response);
  return { data, location: response.headers.get("Location") };
}

async function parse(response) {
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    throw new Error((data && data.error) || `${response.status} ${response.statusText}`);
  }
  return data;
}

export function clean(params) {
  const out = {};
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== "" && v !== false) out[k] = String(v);
  }
  return out;
}
