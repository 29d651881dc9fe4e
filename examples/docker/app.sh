#!/bin/sh
# A small service: reports its PID and whether its secret arrived, then
# waits; on SIGTERM (docker stop) it shuts down with $APP_STOP_CODE (0).
trap 'echo "app: SIGTERM received, stopping"; exit "${APP_STOP_CODE:-0}"' TERM
if [ -n "$DATABASE_URL" ]; then state=set; else state=missing; fi
echo "app: pid $$, DATABASE_URL is $state"
while :; do sleep 1 & wait $!; done
