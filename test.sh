#!/usr/bin/env bash
# Runs every test of the solution (Release build). Tests that need ../shared skip with a message when it is absent.
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet test Entente.slnx -c Release -nologo --logger "console;verbosity=minimal" "$@"
