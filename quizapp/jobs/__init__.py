"""Background jobs: derivations (and any slow task) run outside the web workers, on RQ with Redis or locally.

Backends, chosen by ``JOB_QUEUE`` (default: ``rq`` when ``REDIS_URL`` is set, else ``local``):

- ``rq``: the task is put on a Redis queue (RQ) and run by ``flask worker`` processes, which load spaCy once
  and fork a child per job. Jobs survive web restarts, are retried once if the child dies, and can be stopped.
- ``local``: the web worker starts one Python process per task (``python -m quizapp.jobs.runner``), which
  loads what the task needs and exits; at most ``LOCAL_JOB_PROCESSES`` run at once. Nothing else to start.
- ``inline``: the task runs inside the request (tests only).

A task is named by its import path, ``"package.module:function"``, and gets JSON-ready arguments; it runs
inside an application context.
"""
