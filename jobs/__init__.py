"""RQ jobs. Jobs take ids, never ORM objects, and are safe to run twice."""
