"""ProjDesk (项目运作助手): presales opportunity management for field sales staff."""

__version__ = "0.1.0"
