"""StationDesk: the desktop program of a community service station (社区服务站)."""

__version__ = "0.1.0"
APP_NAME = "StationDesk"
