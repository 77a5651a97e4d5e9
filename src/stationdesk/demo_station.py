"""What anyone may know of the demo station (``stationdesk demo``): its code, its name and the one
password of its accounts. Apart from ``services.demo`` because the login dialog shows the hint
before SQLAlchemy and the services are loaded."""

DEMO_STATION_CODE = "DEMO-ZQ-001"
DEMO_STATION_NAME = "肇庆市端州区城东街道社区服务站（演示）"
# the demo station's accounts: one per role, login = the role's key, all with this known password
DEMO_PASSWORD = "demo-password"
