from adviser_desk.cli import main

raise SystemExit(main())
