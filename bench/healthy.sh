# Sourced by the bench scripts. wait_healthy PID PORT LOG WHAT: waits until the instance PID answers UP on
# /actuator/health at PORT; should it stop first, prints "WHAT stopped", its LOG, and exits.
wait_healthy() {
  until curl -fs "http://127.0.0.1:$2/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$1" 2>/dev/null; then
      echo "$4 stopped; its log:" && cat "$3" && exit 1
    fi
    sleep 0.05
  done
}
