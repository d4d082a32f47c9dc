#!/bin/sh
# Posts a release note to chat. Usage: notify-release.sh <version>
version="$1"
[ -n "$version" ] || { echo "usage: $0 <version>" >&2; exit 2; }

payload=$(printf '{"text":"CAVRA %s released"}' "$version")

# Team chat (Google Chat space "releases")
curl -sS -H 'Content-Type: application/json' -d "$payload" \
  '⟦gen:google-chat:nr1⟧' ⟦expect:escalation-webhook⟧

# Community Discord (public channel) — URL from the environment
curl -sS -H 'Content-Type: application/json' -d "{\"content\":\"CAVRA $version\"}" "$DISCORD_RELEASE_WEBHOOK"

# Power Automate flow that posts to the Teams channel
curl -sS -H 'Content-Type: application/json' -d "$payload" "⟦gen:power-platform:nr2⟧" ⟦expect:escalation-webhook⟧

# Zapier hook that updates the status page
curl -sS -X POST "⟦gen:zapier-hook:nr3⟧" -d "version=$version" ⟦expect:escalation-webhook⟧

# Generic incoming hook on the ops bot
curl -sS -X POST "https://opsbot.cavra.io/hooks/incoming?token=⟦gen:hex:nr4:40⟧" -d "$payload" ⟦expect:escalation-webhook⟧
