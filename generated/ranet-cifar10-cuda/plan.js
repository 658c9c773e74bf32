export const plan = {
    "format": "ranetc-plan/1",
    "target": "cuda",
    "precision": "f32",
    "name": "ranet-cifar10-cuda",
    "classes": 10,
    "exits": 8,
    "maxBatch": 64,
    "input": {
        "channels": 3,
        "height": 32,
        "width": 32,
        "base": 6029312,
        "sampleStride": 3072
    },
    "normalize": {
        "mean": [
            0.4914,
            0.4824,
            0.4467
        ],
        "std": [
            0.2471,
            0.2435,
            0.2616
        ]
    },
    "exitFlops": [
        15814410,
        31283220,
        44655390,
        50358312,
        60654578,
        63647996,
        90173958,
        94904592
    ],
    "arenaElements": 26955776,
    "weights": {
        "elements": 3297504,
        "tensors": [
            {
                "name": "FirstLayer.layers.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "FirstLayer.layers.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.0.net.1.weight",
                        "bias": "FirstLayer.layers.0.net.1.bias",
                        "mean": "FirstLayer.layers.0.net.1.running_mean",
                        "variance": "FirstLayer.layers.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 0,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "FirstLayer.layers.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "FirstLayer.layers.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.0.net.1.weight",
                        "bias": "FirstLayer.layers.0.net.1.bias",
                        "mean": "FirstLayer.layers.0.net.1.running_mean",
                        "variance": "FirstLayer.layers.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 432,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "FirstLayer.layers.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "FirstLayer.layers.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.1.net.1.weight",
                        "bias": "FirstLayer.layers.1.net.1.bias",
                        "mean": "FirstLayer.layers.1.net.1.running_mean",
                        "variance": "FirstLayer.layers.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 448,
                "length": 2304,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 16,
                    "taps": 9
                }
            },
            {
                "name": "FirstLayer.layers.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "FirstLayer.layers.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.1.net.1.weight",
                        "bias": "FirstLayer.layers.1.net.1.bias",
                        "mean": "FirstLayer.layers.1.net.1.running_mean",
                        "variance": "FirstLayer.layers.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2752,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "FirstLayer.layers.2.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "FirstLayer.layers.2.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.2.net.1.weight",
                        "bias": "FirstLayer.layers.2.net.1.bias",
                        "mean": "FirstLayer.layers.2.net.1.running_mean",
                        "variance": "FirstLayer.layers.2.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2768,
                "length": 4608,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 32,
                    "inChannels": 16,
                    "taps": 9
                }
            },
            {
                "name": "FirstLayer.layers.2.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "FirstLayer.layers.2.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.2.net.1.weight",
                        "bias": "FirstLayer.layers.2.net.1.bias",
                        "mean": "FirstLayer.layers.2.net.1.running_mean",
                        "variance": "FirstLayer.layers.2.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 7376,
                "length": 32,
                "layout": "plain"
            },
            {
                "name": "FirstLayer.layers.3.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "FirstLayer.layers.3.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.3.net.1.weight",
                        "bias": "FirstLayer.layers.3.net.1.bias",
                        "mean": "FirstLayer.layers.3.net.1.running_mean",
                        "variance": "FirstLayer.layers.3.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 7408,
                "length": 18432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 64,
                    "inChannels": 32,
                    "taps": 9
                }
            },
            {
                "name": "FirstLayer.layers.3.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "FirstLayer.layers.3.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.3.net.1.weight",
                        "bias": "FirstLayer.layers.3.net.1.bias",
                        "mean": "FirstLayer.layers.3.net.1.running_mean",
                        "variance": "FirstLayer.layers.3.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 25840,
                "length": 64,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 25904,
                "length": 4096,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 64,
                    "inChannels": 64,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 30000,
                "length": 64,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 30064,
                "length": 13824,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 64,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 43888,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 43912,
                "length": 7744,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 88,
                    "inChannels": 88,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 51656,
                "length": 88,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 51744,
                "length": 19008,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 88,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 70752,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 70776,
                "length": 10752,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 112,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.0.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 81528,
                "length": 96,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 81624,
                "length": 20736,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 96,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.0.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 102360,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 102384,
                "length": 13056,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 136,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.0.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 115440,
                "length": 96,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 115536,
                "length": 20736,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 96,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.0.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 136272,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "classifier.0.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.0.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.0.net.1.weight",
                        "bias": "classifier.0.m.0.net.1.bias",
                        "mean": "classifier.0.m.0.net.1.running_mean",
                        "variance": "classifier.0.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 136296,
                "length": 184320,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 160,
                    "taps": 9
                }
            },
            {
                "name": "classifier.0.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.0.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.0.net.1.weight",
                        "bias": "classifier.0.m.0.net.1.bias",
                        "mean": "classifier.0.m.0.net.1.running_mean",
                        "variance": "classifier.0.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 320616,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.0.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.0.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.1.net.1.weight",
                        "bias": "classifier.0.m.1.net.1.bias",
                        "mean": "classifier.0.m.1.net.1.running_mean",
                        "variance": "classifier.0.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 320744,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.0.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.0.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.1.net.1.weight",
                        "bias": "classifier.0.m.1.net.1.bias",
                        "mean": "classifier.0.m.1.net.1.running_mean",
                        "variance": "classifier.0.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 468200,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.0.linear.weight",
                "source": {
                    "key": "classifier.0.linear.weight"
                },
                "offset": 468328,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.0.linear.bias",
                "source": {
                    "key": "classifier.0.linear.bias"
                },
                "offset": 469608,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 469620,
                "length": 15360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 160,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 484980,
                "length": 96,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 485076,
                "length": 20736,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 96,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 505812,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 505836,
                "length": 17664,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 184,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 523500,
                "length": 96,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 523596,
                "length": 20736,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 96,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 544332,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 544356,
                "length": 19968,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 208,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.1.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 564324,
                "length": 96,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 564420,
                "length": 20736,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 96,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.1.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 585156,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 585180,
                "length": 22272,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 232,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.1.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 607452,
                "length": 96,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 607548,
                "length": 20736,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 96,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.1.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 628284,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "classifier.1.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.1.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.0.net.1.weight",
                        "bias": "classifier.1.m.0.net.1.bias",
                        "mean": "classifier.1.m.0.net.1.running_mean",
                        "variance": "classifier.1.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 628308,
                "length": 294912,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 256,
                    "taps": 9
                }
            },
            {
                "name": "classifier.1.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.1.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.0.net.1.weight",
                        "bias": "classifier.1.m.0.net.1.bias",
                        "mean": "classifier.1.m.0.net.1.running_mean",
                        "variance": "classifier.1.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 923220,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.1.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.1.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.1.net.1.weight",
                        "bias": "classifier.1.m.1.net.1.bias",
                        "mean": "classifier.1.m.1.net.1.running_mean",
                        "variance": "classifier.1.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 923348,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.1.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.1.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.1.net.1.weight",
                        "bias": "classifier.1.m.1.net.1.bias",
                        "mean": "classifier.1.m.1.net.1.running_mean",
                        "variance": "classifier.1.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1070804,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.1.linear.weight",
                "source": {
                    "key": "classifier.1.linear.weight"
                },
                "offset": 1070932,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.1.linear.bias",
                "source": {
                    "key": "classifier.1.linear.bias"
                },
                "offset": 1072212,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1072224,
                "length": 640,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 32,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1072864,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1072884,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1074828,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1074840,
                "length": 768,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 64,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1075608,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1075620,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1076052,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1076056,
                "length": 880,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 44,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1076936,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1076956,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1078900,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1078912,
                "length": 1056,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 88,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1079968,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1079980,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1080412,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1080416,
                "length": 1120,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 56,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1081536,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1081556,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1083500,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1083512,
                "length": 1344,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 112,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1084856,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1084868,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1085300,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1085304,
                "length": 1360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 68,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1086664,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1086684,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1088628,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1088640,
                "length": 1632,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 136,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1090272,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1090284,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1090716,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.conv_last.net.1.weight",
                        "bias": "scale_flows.1.0.conv_last.net.1.bias",
                        "mean": "scale_flows.1.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1090720,
                "length": 3200,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 20,
                    "inChannels": 160,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.conv_last.net.1.weight",
                        "bias": "scale_flows.1.0.conv_last.net.1.bias",
                        "mean": "scale_flows.1.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1093920,
                "length": 20,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1093940,
                "length": 2000,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 100,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1095940,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1095960,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1097904,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1097916,
                "length": 1920,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 160,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1099836,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1099848,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1100280,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1100284,
                "length": 2240,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 112,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1102524,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1102544,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1104488,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1104500,
                "length": 2208,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 184,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1106708,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1106720,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1107152,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1107156,
                "length": 2480,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 124,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1109636,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1109656,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1111600,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1111612,
                "length": 2496,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 208,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1114108,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1114120,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1114552,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1114556,
                "length": 2720,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 136,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1117276,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1117296,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1119240,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1119252,
                "length": 2784,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 232,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1122036,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1122048,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1122480,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.conv_last.net.1.weight",
                        "bias": "scale_flows.1.1.conv_last.net.1.bias",
                        "mean": "scale_flows.1.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1122484,
                "length": 10240,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 37,
                    "inChannels": 256,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.conv_last.net.1.weight",
                        "bias": "scale_flows.1.1.conv_last.net.1.bias",
                        "mean": "scale_flows.1.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1132724,
                "length": 37,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.trans.net.1.weight",
                        "bias": "scale_flows.1.1.trans.net.1.bias",
                        "mean": "scale_flows.1.1.trans.net.1.running_mean",
                        "variance": "scale_flows.1.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1132764,
                "length": 17020,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 92,
                    "inChannels": 185,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.trans.net.1.weight",
                        "bias": "scale_flows.1.1.trans.net.1.bias",
                        "mean": "scale_flows.1.1.trans.net.1.running_mean",
                        "variance": "scale_flows.1.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1149784,
                "length": 92,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1149876,
                "length": 2208,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 92,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1152084,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1152108,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1154700,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1154712,
                "length": 2496,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 104,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1157208,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1157232,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1159824,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1159836,
                "length": 2784,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 116,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.2.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1162620,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1162644,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.2.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1165236,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1165248,
                "length": 3072,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 128,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.2.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1168320,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1168344,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.2.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1170936,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "classifier.2.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.2.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.0.net.1.weight",
                        "bias": "classifier.2.m.0.net.1.bias",
                        "mean": "classifier.2.m.0.net.1.running_mean",
                        "variance": "classifier.2.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1170948,
                "length": 161280,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 140,
                    "taps": 9
                }
            },
            {
                "name": "classifier.2.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.2.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.0.net.1.weight",
                        "bias": "classifier.2.m.0.net.1.bias",
                        "mean": "classifier.2.m.0.net.1.running_mean",
                        "variance": "classifier.2.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1332228,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.2.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.2.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.1.net.1.weight",
                        "bias": "classifier.2.m.1.net.1.bias",
                        "mean": "classifier.2.m.1.net.1.running_mean",
                        "variance": "classifier.2.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1332356,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.2.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.2.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.1.net.1.weight",
                        "bias": "classifier.2.m.1.net.1.bias",
                        "mean": "classifier.2.m.1.net.1.running_mean",
                        "variance": "classifier.2.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1479812,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.2.linear.weight",
                "source": {
                    "key": "classifier.2.linear.weight"
                },
                "offset": 1479940,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.2.linear.bias",
                "source": {
                    "key": "classifier.2.linear.bias"
                },
                "offset": 1481220,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1481232,
                "length": 3360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 140,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1484592,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1484616,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1487208,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1487220,
                "length": 3648,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 152,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1490868,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1490892,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1493484,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1493496,
                "length": 3936,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 164,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1497432,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1497456,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1500048,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1500060,
                "length": 4224,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 176,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1504284,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1504308,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1506900,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "classifier.3.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.3.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.0.net.1.weight",
                        "bias": "classifier.3.m.0.net.1.bias",
                        "mean": "classifier.3.m.0.net.1.running_mean",
                        "variance": "classifier.3.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1506912,
                "length": 216576,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 188,
                    "taps": 9
                }
            },
            {
                "name": "classifier.3.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.3.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.0.net.1.weight",
                        "bias": "classifier.3.m.0.net.1.bias",
                        "mean": "classifier.3.m.0.net.1.running_mean",
                        "variance": "classifier.3.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1723488,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.3.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.3.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.1.net.1.weight",
                        "bias": "classifier.3.m.1.net.1.bias",
                        "mean": "classifier.3.m.1.net.1.running_mean",
                        "variance": "classifier.3.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1723616,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.3.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.3.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.1.net.1.weight",
                        "bias": "classifier.3.m.1.net.1.bias",
                        "mean": "classifier.3.m.1.net.1.running_mean",
                        "variance": "classifier.3.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1871072,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.3.linear.weight",
                "source": {
                    "key": "classifier.3.linear.weight"
                },
                "offset": 1871200,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.3.linear.bias",
                "source": {
                    "key": "classifier.3.linear.bias"
                },
                "offset": 1872480,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1872492,
                "length": 128,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 16,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1872620,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1872628,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1872988,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1872996,
                "length": 128,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 32,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1873124,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1873128,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1873200,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1873204,
                "length": 176,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 22,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1873380,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1873388,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1873748,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1873756,
                "length": 176,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 44,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1873932,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1873936,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874008,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874012,
                "length": 224,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 28,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874236,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874244,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874604,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874612,
                "length": 224,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 56,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874836,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874840,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874912,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874916,
                "length": 272,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 34,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875188,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875196,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875556,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875564,
                "length": 272,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 68,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875836,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875840,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875912,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.conv_last.net.1.weight",
                        "bias": "scale_flows.2.0.conv_last.net.1.bias",
                        "mean": "scale_flows.2.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875916,
                "length": 960,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 10,
                    "inChannels": 80,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.conv_last.net.1.weight",
                        "bias": "scale_flows.2.0.conv_last.net.1.bias",
                        "mean": "scale_flows.2.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1876876,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1876888,
                "length": 400,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 50,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1877288,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1877296,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1877656,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1877664,
                "length": 400,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 100,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1878064,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1878068,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1878140,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1878144,
                "length": 448,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 56,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1878592,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1878600,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1878960,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1878968,
                "length": 448,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 112,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1879416,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1879420,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1879492,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1879496,
                "length": 496,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 62,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1879992,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1880000,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1880360,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1880368,
                "length": 496,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 124,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1880864,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1880868,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1880940,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1880944,
                "length": 544,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 68,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1881488,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1881496,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1881856,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1881864,
                "length": 544,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 136,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1882408,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1882412,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1882484,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.conv_last.net.1.weight",
                        "bias": "scale_flows.2.1.conv_last.net.1.bias",
                        "mean": "scale_flows.2.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1882488,
                "length": 2960,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 148,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.conv_last.net.1.weight",
                        "bias": "scale_flows.2.1.conv_last.net.1.bias",
                        "mean": "scale_flows.2.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1885448,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.trans.net.1.weight",
                        "bias": "scale_flows.2.1.trans.net.1.bias",
                        "mean": "scale_flows.2.1.trans.net.1.running_mean",
                        "variance": "scale_flows.2.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1885468,
                "length": 4416,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 46,
                    "inChannels": 92,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.trans.net.1.weight",
                        "bias": "scale_flows.2.1.trans.net.1.bias",
                        "mean": "scale_flows.2.1.trans.net.1.running_mean",
                        "variance": "scale_flows.2.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1889884,
                "length": 46,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1889932,
                "length": 368,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 46,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1890300,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1890308,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1890668,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1890676,
                "length": 368,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 92,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1891044,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1891048,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1891120,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1891124,
                "length": 416,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 52,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1891540,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1891548,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1891908,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1891916,
                "length": 416,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 104,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1892332,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1892336,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1892408,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1892412,
                "length": 464,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 58,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1892876,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1892884,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1893244,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1893252,
                "length": 464,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 116,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1893716,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1893720,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1893792,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1893796,
                "length": 512,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 64,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1894308,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1894316,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1894676,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1894684,
                "length": 512,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 128,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1895196,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1895200,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1895272,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.conv_last.net.1.weight",
                        "bias": "scale_flows.2.2.conv_last.net.1.bias",
                        "mean": "scale_flows.2.2.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.2.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1895276,
                "length": 2800,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 17,
                    "inChannels": 140,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.conv_last.net.1.weight",
                        "bias": "scale_flows.2.2.conv_last.net.1.bias",
                        "mean": "scale_flows.2.2.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.2.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1898076,
                "length": 17,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1898096,
                "length": 696,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 87,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1898792,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1898800,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1899160,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1899168,
                "length": 560,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 140,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1899728,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1899732,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1899804,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1899808,
                "length": 744,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 93,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1900552,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1900560,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1900920,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1900928,
                "length": 608,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 152,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1901536,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1901540,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1901612,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1901616,
                "length": 792,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 99,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1902408,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1902416,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1902776,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1902784,
                "length": 656,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 164,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1903440,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1903444,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1903516,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1903520,
                "length": 840,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 105,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1904360,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1904368,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1904728,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1904736,
                "length": 704,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 176,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1905440,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1905444,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1905516,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.conv_last.net.1.weight",
                        "bias": "scale_flows.2.3.conv_last.net.1.bias",
                        "mean": "scale_flows.2.3.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.3.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1905520,
                "length": 5264,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 27,
                    "inChannels": 188,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.conv_last.net.1.weight",
                        "bias": "scale_flows.2.3.conv_last.net.1.bias",
                        "mean": "scale_flows.2.3.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.3.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1910784,
                "length": 27,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.trans.net.1.weight",
                        "bias": "scale_flows.2.3.trans.net.1.bias",
                        "mean": "scale_flows.2.3.trans.net.1.running_mean",
                        "variance": "scale_flows.2.3.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1910812,
                "length": 9936,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 69,
                    "inChannels": 138,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.trans.net.1.weight",
                        "bias": "scale_flows.2.3.trans.net.1.bias",
                        "mean": "scale_flows.2.3.trans.net.1.running_mean",
                        "variance": "scale_flows.2.3.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1920748,
                "length": 69,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1920820,
                "length": 552,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 69,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1921372,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1921380,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1921812,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1921820,
                "length": 600,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 75,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1922420,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1922428,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1922860,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1922868,
                "length": 648,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 81,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1923516,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1923524,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1923956,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1923964,
                "length": 696,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 87,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1924660,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1924668,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1925100,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "classifier.4.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.4.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.0.net.1.weight",
                        "bias": "classifier.4.m.0.net.1.bias",
                        "mean": "classifier.4.m.0.net.1.running_mean",
                        "variance": "classifier.4.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1925108,
                "length": 107136,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 93,
                    "taps": 9
                }
            },
            {
                "name": "classifier.4.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.4.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.0.net.1.weight",
                        "bias": "classifier.4.m.0.net.1.bias",
                        "mean": "classifier.4.m.0.net.1.running_mean",
                        "variance": "classifier.4.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2032244,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.4.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.4.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.1.net.1.weight",
                        "bias": "classifier.4.m.1.net.1.bias",
                        "mean": "classifier.4.m.1.net.1.running_mean",
                        "variance": "classifier.4.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2032372,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.4.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.4.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.1.net.1.weight",
                        "bias": "classifier.4.m.1.net.1.bias",
                        "mean": "classifier.4.m.1.net.1.running_mean",
                        "variance": "classifier.4.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2179828,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.4.linear.weight",
                "source": {
                    "key": "classifier.4.linear.weight"
                },
                "offset": 2179956,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.4.linear.bias",
                "source": {
                    "key": "classifier.4.linear.bias"
                },
                "offset": 2181236,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2181248,
                "length": 744,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 93,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2181992,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2182000,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2182432,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2182440,
                "length": 792,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 99,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2183232,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2183240,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2183672,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2183680,
                "length": 840,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 105,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2184520,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2184528,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2184960,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2184968,
                "length": 888,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 111,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2185856,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2185864,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2186296,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "classifier.5.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.5.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.0.net.1.weight",
                        "bias": "classifier.5.m.0.net.1.bias",
                        "mean": "classifier.5.m.0.net.1.running_mean",
                        "variance": "classifier.5.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2186304,
                "length": 134784,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 117,
                    "taps": 9
                }
            },
            {
                "name": "classifier.5.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.5.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.0.net.1.weight",
                        "bias": "classifier.5.m.0.net.1.bias",
                        "mean": "classifier.5.m.0.net.1.running_mean",
                        "variance": "classifier.5.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2321088,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.5.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.5.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.1.net.1.weight",
                        "bias": "classifier.5.m.1.net.1.bias",
                        "mean": "classifier.5.m.1.net.1.running_mean",
                        "variance": "classifier.5.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2321216,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.5.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.5.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.1.net.1.weight",
                        "bias": "classifier.5.m.1.net.1.bias",
                        "mean": "classifier.5.m.1.net.1.running_mean",
                        "variance": "classifier.5.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2468672,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.5.linear.weight",
                "source": {
                    "key": "classifier.5.linear.weight"
                },
                "offset": 2468800,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.5.linear.bias",
                "source": {
                    "key": "classifier.5.linear.bias"
                },
                "offset": 2470080,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470092,
                "length": 128,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 16,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470220,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470228,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470588,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470596,
                "length": 64,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 16,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470660,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470664,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470700,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470704,
                "length": 176,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 22,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470880,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470888,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471248,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471256,
                "length": 88,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 22,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471344,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471348,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471384,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471388,
                "length": 224,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 28,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471612,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471620,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471980,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471988,
                "length": 112,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 28,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472100,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472104,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472140,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472144,
                "length": 272,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 34,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472416,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472424,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472784,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472792,
                "length": 136,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 34,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472928,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472932,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472968,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.conv_last.net.1.weight",
                        "bias": "scale_flows.3.0.conv_last.net.1.bias",
                        "mean": "scale_flows.3.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472972,
                "length": 480,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 10,
                    "inChannels": 40,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.conv_last.net.1.weight",
                        "bias": "scale_flows.3.0.conv_last.net.1.bias",
                        "mean": "scale_flows.3.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2473452,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2473464,
                "length": 400,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 50,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2473864,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2473872,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474232,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474240,
                "length": 200,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 50,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474440,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474444,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474480,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474484,
                "length": 448,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 56,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474932,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474940,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2475300,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2475308,
                "length": 224,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 56,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2475532,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2475536,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2475572,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2475576,
                "length": 496,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 62,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476072,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476080,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476440,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476448,
                "length": 248,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 62,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476696,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476700,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476736,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476740,
                "length": 544,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 68,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477284,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477292,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477652,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477660,
                "length": 272,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 68,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477932,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477936,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477972,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.conv_last.net.1.weight",
                        "bias": "scale_flows.3.1.conv_last.net.1.bias",
                        "mean": "scale_flows.3.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477976,
                "length": 1480,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 74,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.conv_last.net.1.weight",
                        "bias": "scale_flows.3.1.conv_last.net.1.bias",
                        "mean": "scale_flows.3.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2479456,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.trans.net.1.weight",
                        "bias": "scale_flows.3.1.trans.net.1.bias",
                        "mean": "scale_flows.3.1.trans.net.1.running_mean",
                        "variance": "scale_flows.3.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2479476,
                "length": 4416,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 46,
                    "inChannels": 92,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.trans.net.1.weight",
                        "bias": "scale_flows.3.1.trans.net.1.bias",
                        "mean": "scale_flows.3.1.trans.net.1.running_mean",
                        "variance": "scale_flows.3.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2483892,
                "length": 46,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2483940,
                "length": 368,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 46,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484308,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484316,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484676,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484684,
                "length": 184,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 46,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484868,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484872,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484908,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484912,
                "length": 416,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 52,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485328,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485336,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485696,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485704,
                "length": 208,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 52,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485912,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485916,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485952,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485956,
                "length": 464,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 58,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2486420,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2486428,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2486788,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2486796,
                "length": 232,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 58,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487028,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487032,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487068,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487072,
                "length": 512,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 64,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487584,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487592,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487952,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487960,
                "length": 256,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 64,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2488216,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2488220,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2488256,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.conv_last.net.1.weight",
                        "bias": "scale_flows.3.2.conv_last.net.1.bias",
                        "mean": "scale_flows.3.2.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.2.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2488260,
                "length": 1400,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 17,
                    "inChannels": 70,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.conv_last.net.1.weight",
                        "bias": "scale_flows.3.2.conv_last.net.1.bias",
                        "mean": "scale_flows.3.2.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.2.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2489660,
                "length": 17,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2489680,
                "length": 696,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 87,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2490376,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2490384,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2490744,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2490752,
                "length": 348,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 87,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2491100,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2491104,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2491140,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2491144,
                "length": 744,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 93,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2491888,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2491896,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2492256,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2492264,
                "length": 372,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 93,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2492636,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2492640,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2492676,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2492680,
                "length": 792,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 99,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2493472,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2493480,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2493840,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2493848,
                "length": 396,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 99,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2494244,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2494248,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2494284,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2494288,
                "length": 840,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 105,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495128,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495136,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495496,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495504,
                "length": 420,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 105,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495924,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495928,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495964,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.conv_last.net.1.weight",
                        "bias": "scale_flows.3.3.conv_last.net.1.bias",
                        "mean": "scale_flows.3.3.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.3.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495968,
                "length": 3108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 27,
                    "inChannels": 111,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.conv_last.net.1.weight",
                        "bias": "scale_flows.3.3.conv_last.net.1.bias",
                        "mean": "scale_flows.3.3.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.3.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2499076,
                "length": 27,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2499104,
                "length": 1104,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 138,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500208,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500216,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500576,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500584,
                "length": 276,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 69,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500860,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500864,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500900,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500904,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 144,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502056,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502064,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502424,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502432,
                "length": 300,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 75,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502732,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502736,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502772,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502776,
                "length": 1200,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 150,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2503976,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2503984,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2504344,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2504352,
                "length": 324,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 81,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2504676,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2504680,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2504716,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2504720,
                "length": 1248,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 156,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2505968,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2505976,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2506336,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2506344,
                "length": 348,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 87,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2506692,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2506696,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2506732,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.conv_last.net.1.weight",
                        "bias": "scale_flows.3.4.conv_last.net.1.bias",
                        "mean": "scale_flows.3.4.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.4.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2506736,
                "length": 3720,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 40,
                    "inChannels": 93,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.conv_last.net.1.weight",
                        "bias": "scale_flows.3.4.conv_last.net.1.bias",
                        "mean": "scale_flows.3.4.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.4.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2510456,
                "length": 40,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.trans.net.1.weight",
                        "bias": "scale_flows.3.4.trans.net.1.bias",
                        "mean": "scale_flows.3.4.trans.net.1.running_mean",
                        "variance": "scale_flows.3.4.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2510496,
                "length": 21008,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 101,
                    "inChannels": 202,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.trans.net.1.weight",
                        "bias": "scale_flows.3.4.trans.net.1.bias",
                        "mean": "scale_flows.3.4.trans.net.1.running_mean",
                        "variance": "scale_flows.3.4.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2531504,
                "length": 101,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2531608,
                "length": 808,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 101,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2532416,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2532424,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2532784,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2532792,
                "length": 372,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 93,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2533164,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2533168,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2533204,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2533208,
                "length": 856,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 107,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534064,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534072,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534432,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534440,
                "length": 396,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 99,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534836,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534840,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534876,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534880,
                "length": 904,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 113,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2535784,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2535792,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2536152,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2536160,
                "length": 420,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 105,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2536580,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2536584,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2536620,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2536624,
                "length": 952,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 119,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2537576,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2537584,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2537944,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2537952,
                "length": 444,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 111,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2538396,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2538400,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2538436,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.conv_last.net.1.weight",
                        "bias": "scale_flows.3.5.conv_last.net.1.bias",
                        "mean": "scale_flows.3.5.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.5.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2538440,
                "length": 3744,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 31,
                    "inChannels": 117,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.conv_last.net.1.weight",
                        "bias": "scale_flows.3.5.conv_last.net.1.bias",
                        "mean": "scale_flows.3.5.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.5.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2542184,
                "length": 31,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2542216,
                "length": 1248,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 156,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.6.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2543464,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2543472,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.6.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2543904,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2543912,
                "length": 1296,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 162,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.6.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2545208,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2545216,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.6.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2545648,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2545656,
                "length": 1344,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 168,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.6.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2547000,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2547008,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.6.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2547440,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2547448,
                "length": 1392,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 174,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.6.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2548840,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2548848,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.6.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2549280,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "classifier.6.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.6.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.6.m.0.net.1.weight",
                        "bias": "classifier.6.m.0.net.1.bias",
                        "mean": "classifier.6.m.0.net.1.running_mean",
                        "variance": "classifier.6.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2549288,
                "length": 207360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 180,
                    "taps": 9
                }
            },
            {
                "name": "classifier.6.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.6.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.6.m.0.net.1.weight",
                        "bias": "classifier.6.m.0.net.1.bias",
                        "mean": "classifier.6.m.0.net.1.running_mean",
                        "variance": "classifier.6.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2756648,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.6.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.6.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.6.m.1.net.1.weight",
                        "bias": "classifier.6.m.1.net.1.bias",
                        "mean": "classifier.6.m.1.net.1.running_mean",
                        "variance": "classifier.6.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2756776,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.6.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.6.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.6.m.1.net.1.weight",
                        "bias": "classifier.6.m.1.net.1.bias",
                        "mean": "classifier.6.m.1.net.1.running_mean",
                        "variance": "classifier.6.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2904232,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.6.linear.weight",
                "source": {
                    "key": "classifier.6.linear.weight"
                },
                "offset": 2904360,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.6.linear.bias",
                "source": {
                    "key": "classifier.6.linear.bias"
                },
                "offset": 2905640,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2905652,
                "length": 1440,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 180,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.7.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2907092,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2907100,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.7.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2907532,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2907540,
                "length": 1488,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 186,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.7.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2909028,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2909036,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.7.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2909468,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2909476,
                "length": 1536,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 192,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.7.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2911012,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2911020,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.7.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2911452,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2911460,
                "length": 1584,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 198,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.7.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2913044,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2913052,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.7.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2913484,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "classifier.7.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.7.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.7.m.0.net.1.weight",
                        "bias": "classifier.7.m.0.net.1.bias",
                        "mean": "classifier.7.m.0.net.1.running_mean",
                        "variance": "classifier.7.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2913492,
                "length": 235008,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 204,
                    "taps": 9
                }
            },
            {
                "name": "classifier.7.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.7.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.7.m.0.net.1.weight",
                        "bias": "classifier.7.m.0.net.1.bias",
                        "mean": "classifier.7.m.0.net.1.running_mean",
                        "variance": "classifier.7.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 3148500,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.7.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.7.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.7.m.1.net.1.weight",
                        "bias": "classifier.7.m.1.net.1.bias",
                        "mean": "classifier.7.m.1.net.1.running_mean",
                        "variance": "classifier.7.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 3148628,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.7.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.7.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.7.m.1.net.1.weight",
                        "bias": "classifier.7.m.1.net.1.bias",
                        "mean": "classifier.7.m.1.net.1.running_mean",
                        "variance": "classifier.7.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 3296084,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.7.linear.weight",
                "source": {
                    "key": "classifier.7.linear.weight"
                },
                "offset": 3296212,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.7.linear.bias",
                "source": {
                    "key": "classifier.7.linear.bias"
                },
                "offset": 3297492,
                "length": 10,
                "layout": "plain"
            }
        ]
    },
    "control": {
        "words": 209,
        "counts": 0,
        "ids": [
            9,
            73
        ],
        "source": 137,
        "thresholds": 201
    },
    "output": {
        "words": 6336,
        "final": 0,
        "perExit": 192,
        "logits": 1216
    },
    "kernels": [
        {
            "name": "conv_0",
            "threads": 128,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "conv_1",
            "threads": 128,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "conv_2",
            "threads": 128,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "conv_3",
            "threads": 128,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "conv_4",
            "threads": 128,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "conv_5",
            "threads": 128,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "conv_6",
            "threads": 128,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "linear_7",
            "threads": 128,
            "cooperative": true,
            "params": [
                "count_at",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off"
            ]
        },
        {
            "name": "exit_8",
            "threads": 256,
            "cooperative": true,
            "params": [
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "gather_9",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "gather_10",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "gather_11",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "exit_12",
            "threads": 256,
            "cooperative": true,
            "params": [
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "conv_13",
            "threads": 128,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "conv_14",
            "threads": 128,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "conv_resize_15",
            "threads": 64,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "conv_resize_16",
            "threads": 64,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "conv_17",
            "threads": 64,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "resize_18",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "channels",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "exit_19",
            "threads": 256,
            "cooperative": true,
            "params": [
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "gather_20",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "gather_21",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "gather_22",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "exit_23",
            "threads": 256,
            "cooperative": true,
            "params": [
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "gather_24",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "conv_25",
            "threads": 128,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "conv_resize_26",
            "threads": 64,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "conv_resize_27",
            "threads": 64,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "resize_28",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "channels",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "conv_29",
            "threads": 64,
            "cooperative": true,
            "params": [
                "count_at",
                "cin",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride",
                "w_off",
                "b_off",
                "cout"
            ]
        },
        {
            "name": "exit_30",
            "threads": 256,
            "cooperative": true,
            "params": [
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "gather_31",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "gather_32",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "gather_33",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "gather_34",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "gather_35",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "exit_36",
            "threads": 256,
            "cooperative": true,
            "params": [
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "gather_37",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "exit_38",
            "threads": 256,
            "cooperative": true,
            "params": [
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "gather_39",
            "threads": 256,
            "cooperative": false,
            "params": [
                "count_at",
                "in_base",
                "in_stride",
                "out_base",
                "out_stride"
            ]
        },
        {
            "name": "exit_40",
            "threads": 256,
            "cooperative": true,
            "params": [
                "out_base",
                "out_stride"
            ]
        }
    ],
    "stages": [
        {
            "exit": 0,
            "launches": [
                {
                    "kernel": 0,
                    "label": "FirstLayer.layers.0.net.0",
                    "params": [
                        0,
                        3,
                        6029312,
                        3072,
                        0,
                        94208,
                        0,
                        432,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32
                    }
                },
                {
                    "kernel": 0,
                    "label": "FirstLayer.layers.1.net.0",
                    "params": [
                        0,
                        16,
                        0,
                        94208,
                        6029312,
                        69632,
                        448,
                        2752,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32
                    }
                },
                {
                    "kernel": 1,
                    "label": "FirstLayer.layers.2.net.0",
                    "params": [
                        0,
                        16,
                        6029312,
                        69632,
                        10485760,
                        34816,
                        2768,
                        7376,
                        32
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 2,
                    "label": "FirstLayer.layers.3.net.0",
                    "params": [
                        0,
                        32,
                        10485760,
                        34816,
                        12713984,
                        16384,
                        7408,
                        25840,
                        64
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.0.0.layers.0.conv_normal.net.0",
                    "params": [
                        0,
                        64,
                        12713984,
                        16384,
                        13762560,
                        4096,
                        25904,
                        30000,
                        64
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.0.0.layers.0.conv_normal.net.3",
                    "params": [
                        0,
                        64,
                        13762560,
                        4096,
                        12718080,
                        16384,
                        30064,
                        43888,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.0.0.layers.1.conv_normal.net.0",
                    "params": [
                        0,
                        88,
                        12713984,
                        16384,
                        13762560,
                        5632,
                        43912,
                        51656,
                        88
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 11
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.0.0.layers.1.conv_normal.net.3",
                    "params": [
                        0,
                        88,
                        13762560,
                        5632,
                        12719616,
                        16384,
                        51744,
                        70752,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.0.0.layers.2.conv_normal.net.0",
                    "params": [
                        0,
                        112,
                        12713984,
                        16384,
                        13762560,
                        6144,
                        70776,
                        81528,
                        96
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 12
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.0.0.layers.2.conv_normal.net.3",
                    "params": [
                        0,
                        96,
                        13762560,
                        6144,
                        12721152,
                        16384,
                        81624,
                        102360,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.0.0.layers.3.conv_normal.net.0",
                    "params": [
                        0,
                        136,
                        12713984,
                        16384,
                        13762560,
                        6144,
                        102384,
                        115440,
                        96
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 12
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.0.0.layers.3.conv_normal.net.3",
                    "params": [
                        0,
                        96,
                        13762560,
                        6144,
                        12722688,
                        16384,
                        115536,
                        136272,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 5,
                    "label": "classifier.0.m.0.net.0",
                    "params": [
                        0,
                        160,
                        12713984,
                        16384,
                        13762560,
                        2048,
                        136296,
                        320616,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 6,
                    "label": "classifier.0.m.1.net.0",
                    "params": [
                        0,
                        128,
                        13762560,
                        2048,
                        13893632,
                        512,
                        320744,
                        468200,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 7,
                    "label": "classifier.0.linear",
                    "params": [
                        0,
                        13893632,
                        512,
                        13762560,
                        10,
                        468328,
                        469608
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 8,
                    "label": "exit0",
                    "params": [
                        13762560,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "kernel": 9,
                    "label": "gather4",
                    "params": [
                        1,
                        12713984,
                        16384,
                        18743296,
                        16384
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 40
                    }
                },
                {
                    "kernel": 10,
                    "label": "gather3",
                    "params": [
                        1,
                        10485760,
                        34816,
                        16515072,
                        34816
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32
                    }
                },
                {
                    "kernel": 11,
                    "label": "gather2",
                    "params": [
                        1,
                        6029312,
                        69632,
                        12058624,
                        69632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64
                    }
                },
                {
                    "kernel": 11,
                    "label": "gather1",
                    "params": [
                        1,
                        0,
                        94208,
                        6029312,
                        94208
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64
                    }
                }
            ]
        },
        {
            "exit": 1,
            "launches": [
                {
                    "kernel": 3,
                    "label": "scale_flows.0.1.layers.0.conv_normal.net.0",
                    "params": [
                        1,
                        160,
                        18743296,
                        16384,
                        0,
                        6144,
                        469620,
                        484980,
                        96
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 12
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.0.1.layers.0.conv_normal.net.3",
                    "params": [
                        1,
                        96,
                        0,
                        6144,
                        18753536,
                        16384,
                        485076,
                        505812,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.0.1.layers.1.conv_normal.net.0",
                    "params": [
                        1,
                        184,
                        18743296,
                        16384,
                        0,
                        6144,
                        505836,
                        523500,
                        96
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 12
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.0.1.layers.1.conv_normal.net.3",
                    "params": [
                        1,
                        96,
                        0,
                        6144,
                        18755072,
                        16384,
                        523596,
                        544332,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.0.1.layers.2.conv_normal.net.0",
                    "params": [
                        1,
                        208,
                        18743296,
                        16384,
                        0,
                        6144,
                        544356,
                        564324,
                        96
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 12
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.0.1.layers.2.conv_normal.net.3",
                    "params": [
                        1,
                        96,
                        0,
                        6144,
                        18756608,
                        16384,
                        564420,
                        585156,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.0.1.layers.3.conv_normal.net.0",
                    "params": [
                        1,
                        232,
                        18743296,
                        16384,
                        0,
                        6144,
                        585180,
                        607452,
                        96
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 12
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.0.1.layers.3.conv_normal.net.3",
                    "params": [
                        1,
                        96,
                        0,
                        6144,
                        18758144,
                        16384,
                        607548,
                        628284,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 5,
                    "label": "classifier.1.m.0.net.0",
                    "params": [
                        1,
                        256,
                        18743296,
                        16384,
                        0,
                        2048,
                        628308,
                        923220,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 6,
                    "label": "classifier.1.m.1.net.0",
                    "params": [
                        1,
                        128,
                        0,
                        2048,
                        131072,
                        512,
                        923348,
                        1070804,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 7,
                    "label": "classifier.1.linear",
                    "params": [
                        1,
                        131072,
                        512,
                        0,
                        10,
                        1070932,
                        1072212
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 12,
                    "label": "exit1",
                    "params": [
                        0,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "kernel": 11,
                    "label": "gather12",
                    "params": [
                        2,
                        18743296,
                        16384,
                        23199744,
                        16384
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64
                    }
                },
                {
                    "kernel": 10,
                    "label": "gather13",
                    "params": [
                        2,
                        16515072,
                        34816,
                        20971520,
                        34816
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32
                    }
                },
                {
                    "kernel": 11,
                    "label": "gather14",
                    "params": [
                        2,
                        12058624,
                        69632,
                        16515072,
                        69632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64
                    }
                },
                {
                    "kernel": 11,
                    "label": "gather15",
                    "params": [
                        2,
                        6029312,
                        94208,
                        0,
                        94208
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64
                    }
                }
            ]
        },
        {
            "exit": 2,
            "launches": [
                {
                    "kernel": 13,
                    "label": "scale_flows.1.0.layers.0.conv_normal.net.0",
                    "params": [
                        2,
                        32,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1072224,
                        1072864,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.1.0.layers.0.conv_normal.net.3",
                    "params": [
                        2,
                        18,
                        6029312,
                        4608,
                        20980480,
                        34816,
                        1072884,
                        1074828,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.0.layers.0.conv_up.net.0",
                    "params": [
                        2,
                        64,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1074840,
                        1075608,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.1.0.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        12,
                        6029312,
                        768,
                        20979712,
                        34816,
                        1075620,
                        1076052,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.1.0.layers.1.conv_normal.net.0",
                    "params": [
                        2,
                        44,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1076056,
                        1076936,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.1.0.layers.1.conv_normal.net.3",
                    "params": [
                        2,
                        18,
                        6029312,
                        4608,
                        20983552,
                        34816,
                        1076956,
                        1078900,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.0.layers.1.conv_up.net.0",
                    "params": [
                        2,
                        88,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1078912,
                        1079968,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.1.0.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        12,
                        6029312,
                        768,
                        20982784,
                        34816,
                        1079980,
                        1080412,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.1.0.layers.2.conv_normal.net.0",
                    "params": [
                        2,
                        56,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1080416,
                        1081536,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.1.0.layers.2.conv_normal.net.3",
                    "params": [
                        2,
                        18,
                        6029312,
                        4608,
                        20986624,
                        34816,
                        1081556,
                        1083500,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.0.layers.2.conv_up.net.0",
                    "params": [
                        2,
                        112,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1083512,
                        1084856,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.1.0.layers.2.conv_up.net.3",
                    "params": [
                        2,
                        12,
                        6029312,
                        768,
                        20985856,
                        34816,
                        1084868,
                        1085300,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.1.0.layers.3.conv_normal.net.0",
                    "params": [
                        2,
                        68,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1085304,
                        1086664,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.1.0.layers.3.conv_normal.net.3",
                    "params": [
                        2,
                        18,
                        6029312,
                        4608,
                        20989696,
                        34816,
                        1086684,
                        1088628,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.0.layers.3.conv_up.net.0",
                    "params": [
                        2,
                        136,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1088640,
                        1090272,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.1.0.layers.3.conv_up.net.3",
                    "params": [
                        2,
                        12,
                        6029312,
                        768,
                        20988928,
                        34816,
                        1090284,
                        1090716,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 16,
                    "label": "scale_flows.1.0.conv_last.net.0",
                    "params": [
                        2,
                        160,
                        23199744,
                        16384,
                        20992000,
                        34816,
                        1090720,
                        1093920,
                        20
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.1.1.layers.0.conv_normal.net.0",
                    "params": [
                        2,
                        100,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1093940,
                        1095940,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.1.1.layers.0.conv_normal.net.3",
                    "params": [
                        2,
                        18,
                        6029312,
                        4608,
                        20997888,
                        34816,
                        1095960,
                        1097904,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.1.layers.0.conv_up.net.0",
                    "params": [
                        2,
                        160,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1097916,
                        1099836,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.1.1.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        12,
                        6029312,
                        768,
                        20997120,
                        34816,
                        1099848,
                        1100280,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.1.1.layers.1.conv_normal.net.0",
                    "params": [
                        2,
                        112,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1100284,
                        1102524,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.1.1.layers.1.conv_normal.net.3",
                    "params": [
                        2,
                        18,
                        6029312,
                        4608,
                        21000960,
                        34816,
                        1102544,
                        1104488,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.1.layers.1.conv_up.net.0",
                    "params": [
                        2,
                        184,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1104500,
                        1106708,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.1.1.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        12,
                        6029312,
                        768,
                        21000192,
                        34816,
                        1106720,
                        1107152,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.1.1.layers.2.conv_normal.net.0",
                    "params": [
                        2,
                        124,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1107156,
                        1109636,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.1.1.layers.2.conv_normal.net.3",
                    "params": [
                        2,
                        18,
                        6029312,
                        4608,
                        21004032,
                        34816,
                        1109656,
                        1111600,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.1.layers.2.conv_up.net.0",
                    "params": [
                        2,
                        208,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1111612,
                        1114108,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.1.1.layers.2.conv_up.net.3",
                    "params": [
                        2,
                        12,
                        6029312,
                        768,
                        21003264,
                        34816,
                        1114120,
                        1114552,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.1.1.layers.3.conv_normal.net.0",
                    "params": [
                        2,
                        136,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1114556,
                        1117276,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10
                    }
                },
                {
                    "kernel": 2,
                    "label": "scale_flows.1.1.layers.3.conv_normal.net.3",
                    "params": [
                        2,
                        18,
                        6029312,
                        4608,
                        6808256,
                        11840,
                        1117296,
                        1119240,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.1.layers.3.conv_up.net.0",
                    "params": [
                        2,
                        232,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1119252,
                        1122036,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 17,
                    "label": "scale_flows.1.1.layers.3.conv_up.net.3",
                    "params": [
                        2,
                        12,
                        6029312,
                        768,
                        6808064,
                        11840,
                        1122048,
                        1122480,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 18,
                    "label": "scale_flows.1.1.layers.3.x.resize",
                    "params": [
                        2,
                        136,
                        20971520,
                        34816,
                        6799360,
                        11840
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 34
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.1.conv_last.net.0",
                    "params": [
                        2,
                        256,
                        23199744,
                        16384,
                        6808832,
                        11840,
                        1122484,
                        1132724,
                        37
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.1.trans.net.0",
                    "params": [
                        2,
                        185,
                        6799360,
                        11840,
                        6029312,
                        12032,
                        1132764,
                        1149784,
                        92
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 12
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.2.layers.0.conv_normal.net.0",
                    "params": [
                        2,
                        92,
                        6029312,
                        12032,
                        7557120,
                        1536,
                        1149876,
                        1152084,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.1.2.layers.0.conv_normal.net.3",
                    "params": [
                        2,
                        24,
                        7557120,
                        1536,
                        6035200,
                        12032,
                        1152108,
                        1154700,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.2.layers.1.conv_normal.net.0",
                    "params": [
                        2,
                        104,
                        6029312,
                        12032,
                        7557120,
                        1536,
                        1154712,
                        1157208,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.1.2.layers.1.conv_normal.net.3",
                    "params": [
                        2,
                        24,
                        7557120,
                        1536,
                        6035968,
                        12032,
                        1157232,
                        1159824,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.2.layers.2.conv_normal.net.0",
                    "params": [
                        2,
                        116,
                        6029312,
                        12032,
                        7557120,
                        1536,
                        1159836,
                        1162620,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.1.2.layers.2.conv_normal.net.3",
                    "params": [
                        2,
                        24,
                        7557120,
                        1536,
                        6036736,
                        12032,
                        1162644,
                        1165236,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.2.layers.3.conv_normal.net.0",
                    "params": [
                        2,
                        128,
                        6029312,
                        12032,
                        7557120,
                        1536,
                        1165248,
                        1168320,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.1.2.layers.3.conv_normal.net.3",
                    "params": [
                        2,
                        24,
                        7557120,
                        1536,
                        6037504,
                        12032,
                        1168344,
                        1170936,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 5,
                    "label": "classifier.2.m.0.net.0",
                    "params": [
                        2,
                        140,
                        6029312,
                        12032,
                        7557120,
                        2048,
                        1170948,
                        1332228,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 6,
                    "label": "classifier.2.m.1.net.0",
                    "params": [
                        2,
                        128,
                        7557120,
                        2048,
                        7688192,
                        512,
                        1332356,
                        1479812,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 7,
                    "label": "classifier.2.linear",
                    "params": [
                        2,
                        7688192,
                        512,
                        7557120,
                        10,
                        1479940,
                        1481220
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 19,
                    "label": "exit2",
                    "params": [
                        7557120,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "kernel": 20,
                    "label": "gather24",
                    "params": [
                        3,
                        20971520,
                        34816,
                        23199744,
                        34816
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 136
                    }
                },
                {
                    "kernel": 21,
                    "label": "gather42",
                    "params": [
                        3,
                        6799360,
                        11840,
                        26198016,
                        11840
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 47
                    }
                },
                {
                    "kernel": 22,
                    "label": "gather44",
                    "params": [
                        3,
                        6029312,
                        12032,
                        25427968,
                        12032
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 35
                    }
                },
                {
                    "kernel": 11,
                    "label": "gather25",
                    "params": [
                        3,
                        16515072,
                        69632,
                        12058624,
                        69632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64
                    }
                },
                {
                    "kernel": 11,
                    "label": "gather26",
                    "params": [
                        3,
                        0,
                        94208,
                        6029312,
                        94208
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64
                    }
                }
            ]
        },
        {
            "exit": 3,
            "launches": [
                {
                    "kernel": 3,
                    "label": "scale_flows.1.3.layers.0.conv_normal.net.0",
                    "params": [
                        3,
                        140,
                        25427968,
                        12032,
                        0,
                        1536,
                        1481232,
                        1484592,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.1.3.layers.0.conv_normal.net.3",
                    "params": [
                        3,
                        24,
                        0,
                        1536,
                        25436928,
                        12032,
                        1484616,
                        1487208,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.3.layers.1.conv_normal.net.0",
                    "params": [
                        3,
                        152,
                        25427968,
                        12032,
                        0,
                        1536,
                        1487220,
                        1490868,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.1.3.layers.1.conv_normal.net.3",
                    "params": [
                        3,
                        24,
                        0,
                        1536,
                        25437696,
                        12032,
                        1490892,
                        1493484,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.3.layers.2.conv_normal.net.0",
                    "params": [
                        3,
                        164,
                        25427968,
                        12032,
                        0,
                        1536,
                        1493496,
                        1497432,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.1.3.layers.2.conv_normal.net.3",
                    "params": [
                        3,
                        24,
                        0,
                        1536,
                        25438464,
                        12032,
                        1497456,
                        1500048,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.1.3.layers.3.conv_normal.net.0",
                    "params": [
                        3,
                        176,
                        25427968,
                        12032,
                        0,
                        1536,
                        1500060,
                        1504284,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.1.3.layers.3.conv_normal.net.3",
                    "params": [
                        3,
                        24,
                        0,
                        1536,
                        25439232,
                        12032,
                        1504308,
                        1506900,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 5,
                    "label": "classifier.3.m.0.net.0",
                    "params": [
                        3,
                        188,
                        25427968,
                        12032,
                        0,
                        2048,
                        1506912,
                        1723488,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 6,
                    "label": "classifier.3.m.1.net.0",
                    "params": [
                        3,
                        128,
                        0,
                        2048,
                        131072,
                        512,
                        1723616,
                        1871072,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 7,
                    "label": "classifier.3.linear",
                    "params": [
                        3,
                        131072,
                        512,
                        0,
                        10,
                        1871200,
                        1872480
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 23,
                    "label": "exit3",
                    "params": [
                        0,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "kernel": 20,
                    "label": "gather52",
                    "params": [
                        4,
                        23199744,
                        34816,
                        20971520,
                        34816
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 136
                    }
                },
                {
                    "kernel": 21,
                    "label": "gather53",
                    "params": [
                        4,
                        26198016,
                        11840,
                        23969792,
                        11840
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 47
                    }
                },
                {
                    "kernel": 24,
                    "label": "gather54",
                    "params": [
                        4,
                        25427968,
                        12032,
                        23199744,
                        12032
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 47
                    }
                },
                {
                    "kernel": 11,
                    "label": "gather55",
                    "params": [
                        4,
                        12058624,
                        69632,
                        16515072,
                        69632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64
                    }
                },
                {
                    "kernel": 11,
                    "label": "gather56",
                    "params": [
                        4,
                        6029312,
                        94208,
                        0,
                        94208
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64
                    }
                }
            ]
        },
        {
            "exit": 4,
            "launches": [
                {
                    "kernel": 25,
                    "label": "scale_flows.2.0.layers.0.conv_normal.net.0",
                    "params": [
                        4,
                        16,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1872492,
                        1872620,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.2.0.layers.0.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        6029312,
                        5120,
                        16532480,
                        69632,
                        1872628,
                        1872988,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.0.layers.0.conv_up.net.0",
                    "params": [
                        4,
                        32,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1872996,
                        1873124,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 26,
                    "label": "scale_flows.2.0.layers.0.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        6029312,
                        512,
                        16531456,
                        69632,
                        1873128,
                        1873200,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.2.0.layers.1.conv_normal.net.0",
                    "params": [
                        4,
                        22,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1873204,
                        1873380,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.2.0.layers.1.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        6029312,
                        5120,
                        16538624,
                        69632,
                        1873388,
                        1873748,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.0.layers.1.conv_up.net.0",
                    "params": [
                        4,
                        44,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1873756,
                        1873932,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 26,
                    "label": "scale_flows.2.0.layers.1.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        6029312,
                        512,
                        16537600,
                        69632,
                        1873936,
                        1874008,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.2.0.layers.2.conv_normal.net.0",
                    "params": [
                        4,
                        28,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1874012,
                        1874236,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.2.0.layers.2.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        6029312,
                        5120,
                        16544768,
                        69632,
                        1874244,
                        1874604,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.0.layers.2.conv_up.net.0",
                    "params": [
                        4,
                        56,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1874612,
                        1874836,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 26,
                    "label": "scale_flows.2.0.layers.2.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        6029312,
                        512,
                        16543744,
                        69632,
                        1874840,
                        1874912,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.2.0.layers.3.conv_normal.net.0",
                    "params": [
                        4,
                        34,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1874916,
                        1875188,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.2.0.layers.3.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        6029312,
                        5120,
                        16550912,
                        69632,
                        1875196,
                        1875556,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.0.layers.3.conv_up.net.0",
                    "params": [
                        4,
                        68,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1875564,
                        1875836,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 26,
                    "label": "scale_flows.2.0.layers.3.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        6029312,
                        512,
                        16549888,
                        69632,
                        1875840,
                        1875912,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 27,
                    "label": "scale_flows.2.0.conv_last.net.0",
                    "params": [
                        4,
                        80,
                        20971520,
                        34816,
                        16556032,
                        69632,
                        1875916,
                        1876876,
                        10
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.2.1.layers.0.conv_normal.net.0",
                    "params": [
                        4,
                        50,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1876888,
                        1877288,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.2.1.layers.0.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        6029312,
                        5120,
                        16567296,
                        69632,
                        1877296,
                        1877656,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.1.layers.0.conv_up.net.0",
                    "params": [
                        4,
                        100,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1877664,
                        1878064,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 26,
                    "label": "scale_flows.2.1.layers.0.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        6029312,
                        512,
                        16566272,
                        69632,
                        1878068,
                        1878140,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.2.1.layers.1.conv_normal.net.0",
                    "params": [
                        4,
                        56,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1878144,
                        1878592,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.2.1.layers.1.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        6029312,
                        5120,
                        16573440,
                        69632,
                        1878600,
                        1878960,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.1.layers.1.conv_up.net.0",
                    "params": [
                        4,
                        112,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1878968,
                        1879416,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 26,
                    "label": "scale_flows.2.1.layers.1.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        6029312,
                        512,
                        16572416,
                        69632,
                        1879420,
                        1879492,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.2.1.layers.2.conv_normal.net.0",
                    "params": [
                        4,
                        62,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1879496,
                        1879992,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.2.1.layers.2.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        6029312,
                        5120,
                        16579584,
                        69632,
                        1880000,
                        1880360,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.1.layers.2.conv_up.net.0",
                    "params": [
                        4,
                        124,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1880368,
                        1880864,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 26,
                    "label": "scale_flows.2.1.layers.2.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        6029312,
                        512,
                        16578560,
                        69632,
                        1880868,
                        1880940,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.2.1.layers.3.conv_normal.net.0",
                    "params": [
                        4,
                        68,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1880944,
                        1881488,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 1,
                    "label": "scale_flows.2.1.layers.3.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        6029312,
                        5120,
                        7767296,
                        23552,
                        1881496,
                        1881856,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.1.layers.3.conv_up.net.0",
                    "params": [
                        4,
                        136,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1881864,
                        1882408,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.2.1.layers.3.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        6029312,
                        512,
                        7767040,
                        23552,
                        1882412,
                        1882484,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 28,
                    "label": "scale_flows.2.1.layers.3.x.resize",
                    "params": [
                        4,
                        68,
                        16515072,
                        69632,
                        7749632,
                        23552
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 68
                    }
                },
                {
                    "kernel": 16,
                    "label": "scale_flows.2.1.conv_last.net.0",
                    "params": [
                        4,
                        148,
                        23969792,
                        11840,
                        7768576,
                        23552,
                        1882488,
                        1885448,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.1.trans.net.0",
                    "params": [
                        4,
                        92,
                        7749632,
                        23552,
                        6029312,
                        26880,
                        1885468,
                        1889884,
                        46
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 24
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.2.layers.0.conv_normal.net.0",
                    "params": [
                        4,
                        46,
                        6029312,
                        26880,
                        9256960,
                        1280,
                        1889932,
                        1890300,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.2.2.layers.0.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        9256960,
                        1280,
                        6041344,
                        26880,
                        1890308,
                        1890668,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.2.2.layers.0.conv_up.net.0",
                    "params": [
                        4,
                        92,
                        23199744,
                        12032,
                        9256960,
                        128,
                        1890676,
                        1891044,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.2.2.layers.0.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        9256960,
                        128,
                        6041088,
                        26880,
                        1891048,
                        1891120,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.2.layers.1.conv_normal.net.0",
                    "params": [
                        4,
                        52,
                        6029312,
                        26880,
                        9256960,
                        1280,
                        1891124,
                        1891540,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.2.2.layers.1.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        9256960,
                        1280,
                        6042880,
                        26880,
                        1891548,
                        1891908,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.2.2.layers.1.conv_up.net.0",
                    "params": [
                        4,
                        104,
                        23199744,
                        12032,
                        9256960,
                        128,
                        1891916,
                        1892332,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.2.2.layers.1.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        9256960,
                        128,
                        6042624,
                        26880,
                        1892336,
                        1892408,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.2.layers.2.conv_normal.net.0",
                    "params": [
                        4,
                        58,
                        6029312,
                        26880,
                        9256960,
                        1280,
                        1892412,
                        1892876,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.2.2.layers.2.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        9256960,
                        1280,
                        6044416,
                        26880,
                        1892884,
                        1893244,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.2.2.layers.2.conv_up.net.0",
                    "params": [
                        4,
                        116,
                        23199744,
                        12032,
                        9256960,
                        128,
                        1893252,
                        1893716,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.2.2.layers.2.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        9256960,
                        128,
                        6044160,
                        26880,
                        1893720,
                        1893792,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.2.layers.3.conv_normal.net.0",
                    "params": [
                        4,
                        64,
                        6029312,
                        26880,
                        9256960,
                        1280,
                        1893796,
                        1894308,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.2.2.layers.3.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        9256960,
                        1280,
                        6045952,
                        26880,
                        1894316,
                        1894676,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.2.2.layers.3.conv_up.net.0",
                    "params": [
                        4,
                        128,
                        23199744,
                        12032,
                        9256960,
                        128,
                        1894684,
                        1895196,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.2.2.layers.3.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        9256960,
                        128,
                        6045696,
                        26880,
                        1895200,
                        1895272,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 16,
                    "label": "scale_flows.2.2.conv_last.net.0",
                    "params": [
                        4,
                        140,
                        23199744,
                        12032,
                        6047232,
                        26880,
                        1895276,
                        1898076,
                        17
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.3.layers.0.conv_normal.net.0",
                    "params": [
                        4,
                        87,
                        6029312,
                        26880,
                        9256960,
                        1280,
                        1898096,
                        1898792,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.2.3.layers.0.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        9256960,
                        1280,
                        6051840,
                        26880,
                        1898800,
                        1899160,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.2.3.layers.0.conv_up.net.0",
                    "params": [
                        4,
                        140,
                        23199744,
                        12032,
                        9256960,
                        128,
                        1899168,
                        1899728,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.2.3.layers.0.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        9256960,
                        128,
                        6051584,
                        26880,
                        1899732,
                        1899804,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.3.layers.1.conv_normal.net.0",
                    "params": [
                        4,
                        93,
                        6029312,
                        26880,
                        9256960,
                        1280,
                        1899808,
                        1900552,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.2.3.layers.1.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        9256960,
                        1280,
                        6053376,
                        26880,
                        1900560,
                        1900920,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.2.3.layers.1.conv_up.net.0",
                    "params": [
                        4,
                        152,
                        23199744,
                        12032,
                        9256960,
                        128,
                        1900928,
                        1901536,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.2.3.layers.1.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        9256960,
                        128,
                        6053120,
                        26880,
                        1901540,
                        1901612,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.3.layers.2.conv_normal.net.0",
                    "params": [
                        4,
                        99,
                        6029312,
                        26880,
                        9256960,
                        1280,
                        1901616,
                        1902408,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.2.3.layers.2.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        9256960,
                        1280,
                        6054912,
                        26880,
                        1902416,
                        1902776,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.2.3.layers.2.conv_up.net.0",
                    "params": [
                        4,
                        164,
                        23199744,
                        12032,
                        9256960,
                        128,
                        1902784,
                        1903440,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.2.3.layers.2.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        9256960,
                        128,
                        6054656,
                        26880,
                        1903444,
                        1903516,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.2.3.layers.3.conv_normal.net.0",
                    "params": [
                        4,
                        105,
                        6029312,
                        26880,
                        9822208,
                        1280,
                        1903520,
                        1904360,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 2,
                    "label": "scale_flows.2.3.layers.3.conv_normal.net.3",
                    "params": [
                        4,
                        5,
                        9822208,
                        1280,
                        9263744,
                        8832,
                        1904368,
                        1904728,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.2.3.layers.3.conv_up.net.0",
                    "params": [
                        4,
                        176,
                        23199744,
                        12032,
                        9822208,
                        128,
                        1904736,
                        1905440,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 17,
                    "label": "scale_flows.2.3.layers.3.conv_up.net.3",
                    "params": [
                        4,
                        2,
                        9822208,
                        128,
                        9263680,
                        8832,
                        1905444,
                        1905516,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 18,
                    "label": "scale_flows.2.3.layers.3.x.resize",
                    "params": [
                        4,
                        105,
                        6029312,
                        26880,
                        9256960,
                        8832
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 27
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.2.3.conv_last.net.0",
                    "params": [
                        4,
                        188,
                        23199744,
                        12032,
                        9264064,
                        8832,
                        1905520,
                        1910784,
                        27
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.2.3.trans.net.0",
                    "params": [
                        4,
                        138,
                        9256960,
                        8832,
                        9822208,
                        7488,
                        1910812,
                        1920748,
                        69
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 9
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.2.4.layers.0.conv_normal.net.0",
                    "params": [
                        4,
                        69,
                        9822208,
                        7488,
                        10301440,
                        384,
                        1920820,
                        1921372,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.2.4.layers.0.conv_normal.net.3",
                    "params": [
                        4,
                        6,
                        10301440,
                        384,
                        9826624,
                        7488,
                        1921380,
                        1921812,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.2.4.layers.1.conv_normal.net.0",
                    "params": [
                        4,
                        75,
                        9822208,
                        7488,
                        10301440,
                        384,
                        1921820,
                        1922420,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.2.4.layers.1.conv_normal.net.3",
                    "params": [
                        4,
                        6,
                        10301440,
                        384,
                        9827008,
                        7488,
                        1922428,
                        1922860,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.2.4.layers.2.conv_normal.net.0",
                    "params": [
                        4,
                        81,
                        9822208,
                        7488,
                        10301440,
                        384,
                        1922868,
                        1923516,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.2.4.layers.2.conv_normal.net.3",
                    "params": [
                        4,
                        6,
                        10301440,
                        384,
                        9827392,
                        7488,
                        1923524,
                        1923956,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.2.4.layers.3.conv_normal.net.0",
                    "params": [
                        4,
                        87,
                        9822208,
                        7488,
                        10301440,
                        384,
                        1923964,
                        1924660,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.2.4.layers.3.conv_normal.net.3",
                    "params": [
                        4,
                        6,
                        10301440,
                        384,
                        9827776,
                        7488,
                        1924668,
                        1925100,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 5,
                    "label": "classifier.4.m.0.net.0",
                    "params": [
                        4,
                        93,
                        9822208,
                        7488,
                        10301440,
                        2048,
                        1925108,
                        2032244,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 6,
                    "label": "classifier.4.m.1.net.0",
                    "params": [
                        4,
                        128,
                        10301440,
                        2048,
                        10432512,
                        512,
                        2032372,
                        2179828,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 7,
                    "label": "classifier.4.linear",
                    "params": [
                        4,
                        10432512,
                        512,
                        10301440,
                        10,
                        2179956,
                        2181236
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 30,
                    "label": "exit4",
                    "params": [
                        10301440,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "kernel": 31,
                    "label": "gather67",
                    "params": [
                        5,
                        16515072,
                        69632,
                        12058624,
                        69632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 272
                    }
                },
                {
                    "kernel": 32,
                    "label": "gather84",
                    "params": [
                        5,
                        7749632,
                        23552,
                        18235392,
                        23552
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 92
                    }
                },
                {
                    "kernel": 33,
                    "label": "gather86",
                    "params": [
                        5,
                        6029312,
                        26880,
                        16515072,
                        26880
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 105
                    }
                },
                {
                    "kernel": 34,
                    "label": "gather102",
                    "params": [
                        5,
                        9256960,
                        8832,
                        19955712,
                        8832
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 35
                    }
                },
                {
                    "kernel": 35,
                    "label": "gather104",
                    "params": [
                        5,
                        9822208,
                        7488,
                        21086208,
                        7488
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 24
                    }
                },
                {
                    "kernel": 11,
                    "label": "gather68",
                    "params": [
                        5,
                        0,
                        94208,
                        6029312,
                        94208
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64
                    }
                }
            ]
        },
        {
            "exit": 5,
            "launches": [
                {
                    "kernel": 3,
                    "label": "scale_flows.2.5.layers.0.conv_normal.net.0",
                    "params": [
                        5,
                        93,
                        21086208,
                        7488,
                        0,
                        384,
                        2181248,
                        2181992,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.2.5.layers.0.conv_normal.net.3",
                    "params": [
                        5,
                        6,
                        0,
                        384,
                        21092160,
                        7488,
                        2182000,
                        2182432,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.2.5.layers.1.conv_normal.net.0",
                    "params": [
                        5,
                        99,
                        21086208,
                        7488,
                        0,
                        384,
                        2182440,
                        2183232,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.2.5.layers.1.conv_normal.net.3",
                    "params": [
                        5,
                        6,
                        0,
                        384,
                        21092544,
                        7488,
                        2183240,
                        2183672,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.2.5.layers.2.conv_normal.net.0",
                    "params": [
                        5,
                        105,
                        21086208,
                        7488,
                        0,
                        384,
                        2183680,
                        2184520,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.2.5.layers.2.conv_normal.net.3",
                    "params": [
                        5,
                        6,
                        0,
                        384,
                        21092928,
                        7488,
                        2184528,
                        2184960,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.2.5.layers.3.conv_normal.net.0",
                    "params": [
                        5,
                        111,
                        21086208,
                        7488,
                        0,
                        384,
                        2184968,
                        2185856,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.2.5.layers.3.conv_normal.net.3",
                    "params": [
                        5,
                        6,
                        0,
                        384,
                        21093312,
                        7488,
                        2185864,
                        2186296,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 5,
                    "label": "classifier.5.m.0.net.0",
                    "params": [
                        5,
                        117,
                        21086208,
                        7488,
                        0,
                        2048,
                        2186304,
                        2321088,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 6,
                    "label": "classifier.5.m.1.net.0",
                    "params": [
                        5,
                        128,
                        0,
                        2048,
                        131072,
                        512,
                        2321216,
                        2468672,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 7,
                    "label": "classifier.5.linear",
                    "params": [
                        5,
                        131072,
                        512,
                        0,
                        10,
                        2468800,
                        2470080
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 36,
                    "label": "exit5",
                    "params": [
                        0,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "kernel": 31,
                    "label": "gather112",
                    "params": [
                        6,
                        12058624,
                        69632,
                        0,
                        69632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 272
                    }
                },
                {
                    "kernel": 32,
                    "label": "gather113",
                    "params": [
                        6,
                        18235392,
                        23552,
                        4456448,
                        23552
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 92
                    }
                },
                {
                    "kernel": 33,
                    "label": "gather114",
                    "params": [
                        6,
                        16515072,
                        26880,
                        18235392,
                        26880
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 105
                    }
                },
                {
                    "kernel": 34,
                    "label": "gather115",
                    "params": [
                        6,
                        19955712,
                        8832,
                        20520960,
                        8832
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 35
                    }
                },
                {
                    "kernel": 37,
                    "label": "gather116",
                    "params": [
                        6,
                        21086208,
                        7488,
                        19955712,
                        7488
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 30
                    }
                },
                {
                    "kernel": 11,
                    "label": "gather117",
                    "params": [
                        6,
                        6029312,
                        94208,
                        12058624,
                        94208
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64
                    }
                }
            ]
        },
        {
            "exit": 6,
            "launches": [
                {
                    "kernel": 25,
                    "label": "scale_flows.3.0.layers.0.conv_normal.net.0",
                    "params": [
                        6,
                        16,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2470092,
                        2470220,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.0.layers.0.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        5963776,
                        5120,
                        12076032,
                        94208,
                        2470228,
                        2470588,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.0.layers.0.conv_up.net.0",
                    "params": [
                        6,
                        16,
                        0,
                        69632,
                        5963776,
                        1024,
                        2470596,
                        2470660,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.0.layers.0.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        5963776,
                        1024,
                        12075008,
                        94208,
                        2470664,
                        2470700,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.0.layers.1.conv_normal.net.0",
                    "params": [
                        6,
                        22,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2470704,
                        2470880,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.0.layers.1.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        5963776,
                        5120,
                        12082176,
                        94208,
                        2470888,
                        2471248,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.0.layers.1.conv_up.net.0",
                    "params": [
                        6,
                        22,
                        0,
                        69632,
                        5963776,
                        1024,
                        2471256,
                        2471344,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.0.layers.1.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        5963776,
                        1024,
                        12081152,
                        94208,
                        2471348,
                        2471384,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.0.layers.2.conv_normal.net.0",
                    "params": [
                        6,
                        28,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2471388,
                        2471612,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.0.layers.2.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        5963776,
                        5120,
                        12088320,
                        94208,
                        2471620,
                        2471980,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.0.layers.2.conv_up.net.0",
                    "params": [
                        6,
                        28,
                        0,
                        69632,
                        5963776,
                        1024,
                        2471988,
                        2472100,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.0.layers.2.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        5963776,
                        1024,
                        12087296,
                        94208,
                        2472104,
                        2472140,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.0.layers.3.conv_normal.net.0",
                    "params": [
                        6,
                        34,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2472144,
                        2472416,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.0.layers.3.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        5963776,
                        5120,
                        12094464,
                        94208,
                        2472424,
                        2472784,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.0.layers.3.conv_up.net.0",
                    "params": [
                        6,
                        34,
                        0,
                        69632,
                        5963776,
                        1024,
                        2472792,
                        2472928,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.0.layers.3.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        5963776,
                        1024,
                        12093440,
                        94208,
                        2472932,
                        2472968,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.0.conv_last.net.0",
                    "params": [
                        6,
                        40,
                        0,
                        69632,
                        12099584,
                        94208,
                        2472972,
                        2473452,
                        10
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 24
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.1.layers.0.conv_normal.net.0",
                    "params": [
                        6,
                        50,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2473464,
                        2473864,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.1.layers.0.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        5963776,
                        5120,
                        12110848,
                        94208,
                        2473872,
                        2474232,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.1.layers.0.conv_up.net.0",
                    "params": [
                        6,
                        50,
                        0,
                        69632,
                        5963776,
                        1024,
                        2474240,
                        2474440,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.1.layers.0.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        5963776,
                        1024,
                        12109824,
                        94208,
                        2474444,
                        2474480,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.1.layers.1.conv_normal.net.0",
                    "params": [
                        6,
                        56,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2474484,
                        2474932,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.1.layers.1.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        5963776,
                        5120,
                        12116992,
                        94208,
                        2474940,
                        2475300,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.1.layers.1.conv_up.net.0",
                    "params": [
                        6,
                        56,
                        0,
                        69632,
                        5963776,
                        1024,
                        2475308,
                        2475532,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.1.layers.1.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        5963776,
                        1024,
                        12115968,
                        94208,
                        2475536,
                        2475572,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.1.layers.2.conv_normal.net.0",
                    "params": [
                        6,
                        62,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2475576,
                        2476072,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.1.layers.2.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        5963776,
                        5120,
                        12123136,
                        94208,
                        2476080,
                        2476440,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.1.layers.2.conv_up.net.0",
                    "params": [
                        6,
                        62,
                        0,
                        69632,
                        5963776,
                        1024,
                        2476448,
                        2476696,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.1.layers.2.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        5963776,
                        1024,
                        12122112,
                        94208,
                        2476700,
                        2476736,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.1.layers.3.conv_normal.net.0",
                    "params": [
                        6,
                        68,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2476740,
                        2477284,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.1.layers.3.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        5963776,
                        5120,
                        12129280,
                        94208,
                        2477292,
                        2477652,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.1.layers.3.conv_up.net.0",
                    "params": [
                        6,
                        68,
                        0,
                        69632,
                        5963776,
                        1024,
                        2477660,
                        2477932,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.1.layers.3.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        5963776,
                        1024,
                        12128256,
                        94208,
                        2477936,
                        2477972,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8
                    }
                },
                {
                    "kernel": 27,
                    "label": "scale_flows.3.1.conv_last.net.0",
                    "params": [
                        6,
                        74,
                        4456448,
                        23552,
                        12134400,
                        94208,
                        2477976,
                        2479456,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.1.trans.net.0",
                    "params": [
                        6,
                        92,
                        12058624,
                        94208,
                        0,
                        107520,
                        2479476,
                        2483892,
                        46
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 96
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.2.layers.0.conv_normal.net.0",
                    "params": [
                        6,
                        46,
                        0,
                        107520,
                        6881280,
                        5120,
                        2483940,
                        2484308,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.2.layers.0.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        6881280,
                        5120,
                        48128,
                        107520,
                        2484316,
                        2484676,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.2.layers.0.conv_up.net.0",
                    "params": [
                        6,
                        46,
                        18235392,
                        26880,
                        6881280,
                        256,
                        2484684,
                        2484868,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 26,
                    "label": "scale_flows.3.2.layers.0.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        6881280,
                        256,
                        47104,
                        107520,
                        2484872,
                        2484908,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.2.layers.1.conv_normal.net.0",
                    "params": [
                        6,
                        52,
                        0,
                        107520,
                        6881280,
                        5120,
                        2484912,
                        2485328,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.2.layers.1.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        6881280,
                        5120,
                        54272,
                        107520,
                        2485336,
                        2485696,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.2.layers.1.conv_up.net.0",
                    "params": [
                        6,
                        52,
                        18235392,
                        26880,
                        6881280,
                        256,
                        2485704,
                        2485912,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 26,
                    "label": "scale_flows.3.2.layers.1.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        6881280,
                        256,
                        53248,
                        107520,
                        2485916,
                        2485952,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.2.layers.2.conv_normal.net.0",
                    "params": [
                        6,
                        58,
                        0,
                        107520,
                        6881280,
                        5120,
                        2485956,
                        2486420,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.2.layers.2.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        6881280,
                        5120,
                        60416,
                        107520,
                        2486428,
                        2486788,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.2.layers.2.conv_up.net.0",
                    "params": [
                        6,
                        58,
                        18235392,
                        26880,
                        6881280,
                        256,
                        2486796,
                        2487028,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 26,
                    "label": "scale_flows.3.2.layers.2.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        6881280,
                        256,
                        59392,
                        107520,
                        2487032,
                        2487068,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.2.layers.3.conv_normal.net.0",
                    "params": [
                        6,
                        64,
                        0,
                        107520,
                        6881280,
                        5120,
                        2487072,
                        2487584,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.2.layers.3.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        6881280,
                        5120,
                        66560,
                        107520,
                        2487592,
                        2487952,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.2.layers.3.conv_up.net.0",
                    "params": [
                        6,
                        64,
                        18235392,
                        26880,
                        6881280,
                        256,
                        2487960,
                        2488216,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 26,
                    "label": "scale_flows.3.2.layers.3.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        6881280,
                        256,
                        65536,
                        107520,
                        2488220,
                        2488256,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 27,
                    "label": "scale_flows.3.2.conv_last.net.0",
                    "params": [
                        6,
                        70,
                        18235392,
                        26880,
                        71680,
                        107520,
                        2488260,
                        2489660,
                        17
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.3.layers.0.conv_normal.net.0",
                    "params": [
                        6,
                        87,
                        0,
                        107520,
                        6881280,
                        5120,
                        2489680,
                        2490376,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.3.layers.0.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        6881280,
                        5120,
                        90112,
                        107520,
                        2490384,
                        2490744,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.3.layers.0.conv_up.net.0",
                    "params": [
                        6,
                        87,
                        18235392,
                        26880,
                        6881280,
                        256,
                        2490752,
                        2491100,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 26,
                    "label": "scale_flows.3.3.layers.0.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        6881280,
                        256,
                        89088,
                        107520,
                        2491104,
                        2491140,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.3.layers.1.conv_normal.net.0",
                    "params": [
                        6,
                        93,
                        0,
                        107520,
                        6881280,
                        5120,
                        2491144,
                        2491888,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.3.layers.1.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        6881280,
                        5120,
                        96256,
                        107520,
                        2491896,
                        2492256,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.3.layers.1.conv_up.net.0",
                    "params": [
                        6,
                        93,
                        18235392,
                        26880,
                        6881280,
                        256,
                        2492264,
                        2492636,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 26,
                    "label": "scale_flows.3.3.layers.1.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        6881280,
                        256,
                        95232,
                        107520,
                        2492640,
                        2492676,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.3.layers.2.conv_normal.net.0",
                    "params": [
                        6,
                        99,
                        0,
                        107520,
                        6881280,
                        5120,
                        2492680,
                        2493472,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 0,
                    "label": "scale_flows.3.3.layers.2.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        6881280,
                        5120,
                        102400,
                        107520,
                        2493480,
                        2493840,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.3.layers.2.conv_up.net.0",
                    "params": [
                        6,
                        99,
                        18235392,
                        26880,
                        6881280,
                        256,
                        2493848,
                        2494244,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 26,
                    "label": "scale_flows.3.3.layers.2.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        6881280,
                        256,
                        101376,
                        107520,
                        2494248,
                        2494284,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 25,
                    "label": "scale_flows.3.3.layers.3.conv_normal.net.0",
                    "params": [
                        6,
                        105,
                        0,
                        107520,
                        10190848,
                        5120,
                        2494288,
                        2495128,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16
                    }
                },
                {
                    "kernel": 1,
                    "label": "scale_flows.3.3.layers.3.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        10190848,
                        5120,
                        6908416,
                        51712,
                        2495136,
                        2495496,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.3.layers.3.conv_up.net.0",
                    "params": [
                        6,
                        105,
                        18235392,
                        26880,
                        10190848,
                        256,
                        2495504,
                        2495924,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.3.3.layers.3.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        10190848,
                        256,
                        6908160,
                        51712,
                        2495928,
                        2495964,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2
                    }
                },
                {
                    "kernel": 28,
                    "label": "scale_flows.3.3.layers.3.x.resize",
                    "params": [
                        6,
                        105,
                        0,
                        107520,
                        6881280,
                        51712
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 105
                    }
                },
                {
                    "kernel": 16,
                    "label": "scale_flows.3.3.conv_last.net.0",
                    "params": [
                        6,
                        111,
                        20520960,
                        8832,
                        6909696,
                        51712,
                        2495968,
                        2499076,
                        27
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 7
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.4.layers.0.conv_normal.net.0",
                    "params": [
                        6,
                        138,
                        6881280,
                        51712,
                        0,
                        1280,
                        2499104,
                        2500208,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.3.4.layers.0.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        0,
                        1280,
                        6916864,
                        51712,
                        2500216,
                        2500576,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.3.4.layers.0.conv_up.net.0",
                    "params": [
                        6,
                        69,
                        19955712,
                        7488,
                        0,
                        64,
                        2500584,
                        2500860,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.3.4.layers.0.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        0,
                        64,
                        6916608,
                        51712,
                        2500864,
                        2500900,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.4.layers.1.conv_normal.net.0",
                    "params": [
                        6,
                        144,
                        6881280,
                        51712,
                        0,
                        1280,
                        2500904,
                        2502056,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.3.4.layers.1.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        0,
                        1280,
                        6918400,
                        51712,
                        2502064,
                        2502424,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.3.4.layers.1.conv_up.net.0",
                    "params": [
                        6,
                        75,
                        19955712,
                        7488,
                        0,
                        64,
                        2502432,
                        2502732,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.3.4.layers.1.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        0,
                        64,
                        6918144,
                        51712,
                        2502736,
                        2502772,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.4.layers.2.conv_normal.net.0",
                    "params": [
                        6,
                        150,
                        6881280,
                        51712,
                        0,
                        1280,
                        2502776,
                        2503976,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.3.4.layers.2.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        0,
                        1280,
                        6919936,
                        51712,
                        2503984,
                        2504344,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.3.4.layers.2.conv_up.net.0",
                    "params": [
                        6,
                        81,
                        19955712,
                        7488,
                        0,
                        64,
                        2504352,
                        2504676,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.3.4.layers.2.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        0,
                        64,
                        6919680,
                        51712,
                        2504680,
                        2504716,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.4.layers.3.conv_normal.net.0",
                    "params": [
                        6,
                        156,
                        6881280,
                        51712,
                        0,
                        1280,
                        2504720,
                        2505968,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.3.4.layers.3.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        0,
                        1280,
                        6921472,
                        51712,
                        2505976,
                        2506336,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.3.4.layers.3.conv_up.net.0",
                    "params": [
                        6,
                        87,
                        19955712,
                        7488,
                        0,
                        64,
                        2506344,
                        2506692,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.3.4.layers.3.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        0,
                        64,
                        6921216,
                        51712,
                        2506696,
                        2506732,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 16,
                    "label": "scale_flows.3.4.conv_last.net.0",
                    "params": [
                        6,
                        93,
                        19955712,
                        7488,
                        6922752,
                        51712,
                        2506736,
                        2510456,
                        40
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.4.trans.net.0",
                    "params": [
                        6,
                        202,
                        6881280,
                        51712,
                        0,
                        30464,
                        2510496,
                        2531504,
                        101
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 52
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.5.layers.0.conv_normal.net.0",
                    "params": [
                        6,
                        101,
                        0,
                        30464,
                        1949696,
                        1280,
                        2531608,
                        2532416,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.3.5.layers.0.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        1949696,
                        1280,
                        26112,
                        30464,
                        2532424,
                        2532784,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.3.5.layers.0.conv_up.net.0",
                    "params": [
                        6,
                        93,
                        19955712,
                        7488,
                        1949696,
                        64,
                        2532792,
                        2533164,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.3.5.layers.0.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        1949696,
                        64,
                        25856,
                        30464,
                        2533168,
                        2533204,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.5.layers.1.conv_normal.net.0",
                    "params": [
                        6,
                        107,
                        0,
                        30464,
                        1949696,
                        1280,
                        2533208,
                        2534064,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.3.5.layers.1.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        1949696,
                        1280,
                        27648,
                        30464,
                        2534072,
                        2534432,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.3.5.layers.1.conv_up.net.0",
                    "params": [
                        6,
                        99,
                        19955712,
                        7488,
                        1949696,
                        64,
                        2534440,
                        2534836,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.3.5.layers.1.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        1949696,
                        64,
                        27392,
                        30464,
                        2534840,
                        2534876,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.5.layers.2.conv_normal.net.0",
                    "params": [
                        6,
                        113,
                        0,
                        30464,
                        1949696,
                        1280,
                        2534880,
                        2535784,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 14,
                    "label": "scale_flows.3.5.layers.2.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        1949696,
                        1280,
                        29184,
                        30464,
                        2535792,
                        2536152,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.3.5.layers.2.conv_up.net.0",
                    "params": [
                        6,
                        105,
                        19955712,
                        7488,
                        1949696,
                        64,
                        2536160,
                        2536580,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 15,
                    "label": "scale_flows.3.5.layers.2.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        1949696,
                        64,
                        28928,
                        30464,
                        2536584,
                        2536620,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 13,
                    "label": "scale_flows.3.5.layers.3.conv_normal.net.0",
                    "params": [
                        6,
                        119,
                        0,
                        30464,
                        2785280,
                        1280,
                        2536624,
                        2537576,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 2,
                    "label": "scale_flows.3.5.layers.3.conv_normal.net.3",
                    "params": [
                        6,
                        5,
                        2785280,
                        1280,
                        1957376,
                        13056,
                        2537584,
                        2537944,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 29,
                    "label": "scale_flows.3.5.layers.3.conv_up.net.0",
                    "params": [
                        6,
                        111,
                        19955712,
                        7488,
                        2785280,
                        64,
                        2537952,
                        2538396,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 17,
                    "label": "scale_flows.3.5.layers.3.conv_up.net.3",
                    "params": [
                        6,
                        1,
                        2785280,
                        64,
                        1957312,
                        13056,
                        2538400,
                        2538436,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 18,
                    "label": "scale_flows.3.5.layers.3.x.resize",
                    "params": [
                        6,
                        119,
                        0,
                        30464,
                        1949696,
                        13056
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 30
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.3.5.conv_last.net.0",
                    "params": [
                        6,
                        117,
                        19955712,
                        7488,
                        1957696,
                        13056,
                        2538440,
                        2542184,
                        31
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.3.6.layers.0.conv_normal.net.0",
                    "params": [
                        6,
                        156,
                        1949696,
                        13056,
                        0,
                        384,
                        2542216,
                        2543464,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.3.6.layers.0.conv_normal.net.3",
                    "params": [
                        6,
                        6,
                        0,
                        384,
                        1959680,
                        13056,
                        2543472,
                        2543904,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.3.6.layers.1.conv_normal.net.0",
                    "params": [
                        6,
                        162,
                        1949696,
                        13056,
                        0,
                        384,
                        2543912,
                        2545208,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.3.6.layers.1.conv_normal.net.3",
                    "params": [
                        6,
                        6,
                        0,
                        384,
                        1960064,
                        13056,
                        2545216,
                        2545648,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.3.6.layers.2.conv_normal.net.0",
                    "params": [
                        6,
                        168,
                        1949696,
                        13056,
                        0,
                        384,
                        2545656,
                        2547000,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.3.6.layers.2.conv_normal.net.3",
                    "params": [
                        6,
                        6,
                        0,
                        384,
                        1960448,
                        13056,
                        2547008,
                        2547440,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.3.6.layers.3.conv_normal.net.0",
                    "params": [
                        6,
                        174,
                        1949696,
                        13056,
                        0,
                        384,
                        2547448,
                        2548840,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.3.6.layers.3.conv_normal.net.3",
                    "params": [
                        6,
                        6,
                        0,
                        384,
                        1960832,
                        13056,
                        2548848,
                        2549280,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 5,
                    "label": "classifier.6.m.0.net.0",
                    "params": [
                        6,
                        180,
                        1949696,
                        13056,
                        0,
                        2048,
                        2549288,
                        2756648,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 6,
                    "label": "classifier.6.m.1.net.0",
                    "params": [
                        6,
                        128,
                        0,
                        2048,
                        131072,
                        512,
                        2756776,
                        2904232,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 7,
                    "label": "classifier.6.linear",
                    "params": [
                        6,
                        131072,
                        512,
                        0,
                        10,
                        2904360,
                        2905640
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 38,
                    "label": "exit6",
                    "params": [
                        0,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "kernel": 39,
                    "label": "gather181",
                    "params": [
                        7,
                        1949696,
                        13056,
                        0,
                        13056
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 45
                    }
                }
            ]
        },
        {
            "exit": 7,
            "launches": [
                {
                    "kernel": 3,
                    "label": "scale_flows.3.7.layers.0.conv_normal.net.0",
                    "params": [
                        7,
                        180,
                        0,
                        13056,
                        835584,
                        384,
                        2905652,
                        2907092,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.3.7.layers.0.conv_normal.net.3",
                    "params": [
                        7,
                        6,
                        835584,
                        384,
                        11520,
                        13056,
                        2907100,
                        2907532,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.3.7.layers.1.conv_normal.net.0",
                    "params": [
                        7,
                        186,
                        0,
                        13056,
                        835584,
                        384,
                        2907540,
                        2909028,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.3.7.layers.1.conv_normal.net.3",
                    "params": [
                        7,
                        6,
                        835584,
                        384,
                        11904,
                        13056,
                        2909036,
                        2909468,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.3.7.layers.2.conv_normal.net.0",
                    "params": [
                        7,
                        192,
                        0,
                        13056,
                        835584,
                        384,
                        2909476,
                        2911012,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.3.7.layers.2.conv_normal.net.3",
                    "params": [
                        7,
                        6,
                        835584,
                        384,
                        12288,
                        13056,
                        2911020,
                        2911452,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 3,
                    "label": "scale_flows.3.7.layers.3.conv_normal.net.0",
                    "params": [
                        7,
                        198,
                        0,
                        13056,
                        835584,
                        384,
                        2911460,
                        2913044,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 4,
                    "label": "scale_flows.3.7.layers.3.conv_normal.net.3",
                    "params": [
                        7,
                        6,
                        835584,
                        384,
                        12672,
                        13056,
                        2913052,
                        2913484,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 5,
                    "label": "classifier.7.m.0.net.0",
                    "params": [
                        7,
                        204,
                        0,
                        13056,
                        835584,
                        2048,
                        2913492,
                        3148500,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4
                    }
                },
                {
                    "kernel": 6,
                    "label": "classifier.7.m.1.net.0",
                    "params": [
                        7,
                        128,
                        835584,
                        2048,
                        0,
                        512,
                        3148628,
                        3296084,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 7,
                    "label": "classifier.7.linear",
                    "params": [
                        7,
                        0,
                        512,
                        32768,
                        10,
                        3296212,
                        3297492
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1
                    }
                },
                {
                    "kernel": 40,
                    "label": "exit7",
                    "params": [
                        32768,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                }
            ]
        }
    ],
    "archs": [
        80,
        90
    ]
};
//# sourceMappingURL=plan.js.map