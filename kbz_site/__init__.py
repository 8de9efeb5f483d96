"""kbz-site: the site generator behind the knowledge community of Krachtige Basiszorg."""
