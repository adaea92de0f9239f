# shellcheck shell=bash
# ./platform help.
# Sourced by ./platform (not run on its own).

usage() {
  cat <<EOF
Yizhan 驿站 local stack 本地运行环境 — no containers needed.

Usage 用法: ./platform COMMAND

  up            start everything 启动全部: PostgreSQL+PostGIS (the one on 127.0.0.1:\$YIZHAN_DB_PORT,
                else an embedded cluster), build if needed, Kafka (KRaft), Keycloak, Mosquitto and S3Proxy
                (the S3 API for station photos), then the five services and the portal
                (http://localhost:8080). Running parts are left alone.
  down          stop what 'up' started 停止 (never the machine's own PostgreSQL)
  stop PART...  stop some parts, leave the rest running 停止部分组件 ('up' starts them again)
  status        each part with PID, port and state 状态
  logs PART [-f] last 200 lines of a part's log 日志 (parts: $ALL_PARTS)
  test [ARGS]   make sure PostgreSQL+PostGIS, role and databases exist, then ./mvnw -B verify ARGS 测试
  faults [ARGS] the fault suite 故障演练 (Kafka outage, SIGKILL, PostgreSQL restart, Keycloak down) on a
                stack of its own; ~10 min, run nightly; see docs/faults.md
  token USER [--decode]
                an access token for a demo user (password grant via yizhan-cli) or for
                partner-demo / device-demo (client credentials) 获取访问令牌
  bench         the benchmark suite 基准测试 on a stack of its own (ports 28000+, state .platform-bench):
                bench/run.sh; BENCH_QUICK=1 for a short run; 'bench SCENARIO...' runs only those
                (e.g. 'bench notifications'); see bench/README.md
  help          this text 帮助

Environment 环境变量 (defaults in brackets):
  YIZHAN_STATE_DIR [.platform]   state, PIDs and logs (relative to the repository root)
  YIZHAN_DB_PORT [5432]  YIZHAN_DB_PREFIX []  YIZHAN_DB_SUPERUSER [postgres]
  YIZHAN_KAFKA_PORT [9092]  YIZHAN_KAFKA_CONTROLLER_PORT [9093]  YIZHAN_KEYCLOAK_PORT [8180]
  YIZHAN_STATION_PORT [8081]  YIZHAN_LOCKER_PORT [8082]  YIZHAN_RATING_PORT [8083]  YIZHAN_VOLUNTEER_PORT [8084]
  YIZHAN_PARTNER_PORT [8085]
  YIZHAN_<PART>_MANAGEMENT_PORT  operations (/q/health, /q/metrics, /q/openapi) of each JVM:
    STATION [9081]  LOCKER [9082]  RATING [9083]  VOLUNTEER [9084]  PARTNER [9085]  PORTAL [9080]
  YIZHAN_SIMULATOR [on]   off = do not start the demo lockers' device simulator
  YIZHAN_MQTT_PORT [18830]  our Mosquitto (device channel; never the machine's 1883)
  YIZHAN_S3_PORT [18900]  S3Proxy, the S3 API station photos are stored through (objects in \$YIZHAN_STATE_DIR/s3)
  YIZHAN_MQTT_DEVICES [device-demo, the 66 demo lockers, 2 spares per city]  device identities given a password of their own in the broker
  YIZHAN_MQTT_EXTRA_DEVICES []  identities added to those (tests)
  YIZHAN_PARTNER_SEED_DEMO [true]  partner-service registers the realm's partner-demo client
  YIZHAN_PARTNER_ALLOW_PRIVATE_TARGETS [true]  partner-service accepts webhook URLs on localhost
  YIZHAN_PORTAL_PORT [8080]  (the demo realm's portal client follows it)
  YIZHAN_SKIP_BUILD [0]   1 = never run the Maven build from 'up'
  YIZHAN_DB_FRESH [0]     1 = drop and recreate the databases, and empty Kafka, first (only with YIZHAN_DB_PREFIX; tests)
  YIZHAN_PARTS [all]      subset of: $ALL_PARTS
  YIZHAN_SERVICE_JAVA_OPTS []  extra JVM options for the services
  YIZHAN_DEMO_LOAD_STATIONS [true]  station-service loads 6,000 demo stations into an empty table
  YIZHAN_DEMO_LOAD_LOCKERS [true]  locker-service loads the demo lockers
  YIZHAN_DEMO_HISTORY [true]  the week before the demo load: door entries, pickups, ratings, duty shifts (ADR 0017)
  YIZHAN_TIMEOUT_KAFKA [90]  YIZHAN_TIMEOUT_KEYCLOAK [300]  YIZHAN_TIMEOUT_SERVICE [240]  YIZHAN_STOP_TIMEOUT [30]  (seconds)
  YIZHAN_KEYCLOAK_CDS [1]  0 = start Keycloak without its class-data-sharing archive (written at its first stop)
EOF
}

