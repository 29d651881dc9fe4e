module conformance

go 1.22

require github.com/sirupsen/logrus v0.0.0

replace github.com/sirupsen/logrus => ./logrus
